package org.urbaninnovation.gateway.stub;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

/** The three services behind the gateway, each a {@link StubService} of its own, all up. */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        return Map.of(
                "gateway.services.catalog.url", StubService.start(vertx, "catalog").url(),
                "gateway.services.metrics.url", StubService.start(vertx, "metrics").url(),
                "gateway.services.submissions.url", StubService.start(vertx, "submissions").url());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}

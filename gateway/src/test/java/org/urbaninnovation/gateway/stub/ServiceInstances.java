package org.urbaninnovation.gateway.stub;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

/**
 * Services with several instances: the catalogue on two stubs; the metrics service on a port that
 * refuses connections, then a stub; the submission service on two ports that refuse.
 */
public class ServiceInstances implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int refused = FailingServices.closedPort();
        int alsoRefused = FailingServices.closedPort();
        while (alsoRefused == refused) {
            alsoRefused = FailingServices.closedPort();
        }
        return Map.of(
                "gateway.services.catalog.url", StubService.start(vertx, "catalog").url() + "," + StubService.start(vertx, "catalog").url(),
                "gateway.services.metrics.url", "http://localhost:" + refused + "," + StubService.start(vertx, "metrics").url(),
                "gateway.services.submissions.url", "http://localhost:" + refused + ",http://localhost:" + alsoRefused);
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}

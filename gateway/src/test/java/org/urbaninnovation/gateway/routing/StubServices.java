package org.urbaninnovation.gateway.routing;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/**
 * Stands in for the services behind the gateway: a real HTTP server on a free port that answers
 * with what it received, so tests see exactly what the gateway forwarded. The submissions
 * service is pointed at a port where nothing listens, to test the gateway's answer when a
 * service is down.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            JsonObject echo = new JsonObject()
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                    .put("forwardedProto", request.getHeader("X-Forwarded-Proto"))
                    .put("authorization", request.getHeader("Authorization"))
                    .put("bodyLength", body.length());
            request.response().putHeader("Content-Type", "application/json").putHeader("X-Stub", "yes")
                    .setStatusCode(request.path().endsWith("/missing") ? 404 : 200)
                    .end(echo.encode());
        }));
        try {
            server.listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Stub service did not start", e);
        }
        String stub = "http://localhost:" + server.actualPort();
        return Map.of(
                "gateway.services.catalog.url", stub,
                "gateway.services.metrics.url", stub,
                "gateway.services.submissions.url", "http://localhost:" + closedPort());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

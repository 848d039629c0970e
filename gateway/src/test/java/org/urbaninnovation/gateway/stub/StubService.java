package org.urbaninnovation.gateway.stub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A service behind the gateway, on a real port: it answers with what it received (so tests see
 * exactly what the gateway forwarded), serves a small OpenAPI document and a few canned parts of
 * an initiative's profile, and has two slow paths that prove streaming: an upload it reports
 * while it is still arriving, and a 10,000-row CSV whose rest it sends only when told to. Each
 * answer names the instance ({@code X-Stub-Instance}: its URL). Told under {@code /stub/}, an
 * instance turns its readiness DOWN (as Quarkus does at SIGTERM), drains (as Quarkus does after its
 * shutdown delay: every new request, probes included, gets an empty 503 while those in flight are
 * finished), freezes (it accepts and never answers, as a process stopped with SIGSTOP) or stops
 * listening (connections are refused).
 */
public final class StubService {

    public static final String INITIATIVE_ID = "11111111-0000-4000-8000-000000000008";
    public static final String CITY_ID = "22222222-0000-4000-8000-000000000008";
    public static final int CSV_ROWS = 10_000;

    private final String name;
    private final HttpServer server;
    private final String document;
    private final AtomicLong uploadReceived = new AtomicLong();
    private final AtomicLong flaky = new AtomicLong();
    private final AtomicLong holding = new AtomicLong();
    private volatile CompletableFuture<Void> release = new CompletableFuture<>();
    private volatile int readiness = 200;
    private volatile boolean frozen;
    private volatile boolean draining;

    private StubService(Vertx vertx, String name) {
        this.name = name;
        this.document = resource("stub-openapi/" + name + ".json");
        this.server = vertx.createHttpServer().requestHandler(this::handle);
    }

    public static StubService start(Vertx vertx, String name) {
        StubService stub = new StubService(vertx, name);
        try {
            stub.server.listen(0, "localhost").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Stub " + name + " did not start", e);
        }
        return stub;
    }

    public String url() {
        return "http://localhost:" + server.actualPort();
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (frozen && !path.startsWith("/stub/")) {
            return;
        }
        HttpServerResponse response = request.response().putHeader("X-Stub", name).putHeader("X-Stub-Instance", url());
        if (draining && !path.startsWith("/stub/")) {
            response.setStatusCode(503).end();
            return;
        }
        switch (path) {
            case "/q/health/live" -> json(response, 200, new JsonObject().put("status", "UP"));
            case "/q/health/ready" -> json(response, readiness, new JsonObject().put("status", readiness == 200 ? "UP" : "DOWN"));
            case "/stub/readiness" -> {
                readiness = Integer.parseInt(request.getParam("status"));
                json(response, 200, new JsonObject());
            }
            case "/stub/freeze" -> {
                frozen = Boolean.parseBoolean(request.getParam("frozen"));
                json(response, 200, new JsonObject());
            }
            case "/stub/drain" -> {
                draining = Boolean.parseBoolean(request.getParam("draining"));
                json(response, 200, new JsonObject());
            }
            case "/stub/stop" -> response.end().onComplete(answered -> server.close());
            case "/q/openapi" -> response.putHeader("Content-Type", "application/json").end(document);
            case "/stub/upload-received" -> json(response, 200, new JsonObject().put("bytes", uploadReceived.get()));
            case "/stub/release" -> {
                // What waits now is released; what comes later waits for the next release.
                CompletableFuture<Void> released = release;
                release = new CompletableFuture<>();
                released.complete(null);
                json(response, 200, new JsonObject());
            }
            case "/api/v1/cities/upload" -> upload(request);
            case "/api/v1/initiatives/export" -> csv(request);
            case "/api/v1/cities/held" -> held(request);
            case "/stub/holding" -> json(response, 200, new JsonObject().put("requests", holding.get()));
            case "/api/v1/cities/flaky" -> {
                // Every other request loses its connection before an answer (a service restarting, a proxy timing out).
                if (flaky.incrementAndGet() % 2 == 1) {
                    request.connection().close();
                } else {
                    echo(request);
                }
            }
            default -> canned(request, response);
        }
    }

    private void canned(HttpServerRequest request, HttpServerResponse response) {
        String path = request.path();
        if (path.equals("/api/v1/initiatives/bee-eaters") || path.equals("/api/v1/initiatives/" + INITIATIVE_ID)) {
            json(response, 200, new JsonObject().put("id", INITIATIVE_ID).put("slug", "bee-eaters")
                    .put("title", "Protection of Blue-Tailed Bee-Eaters").put("city", new JsonObject().put("id", CITY_ID).put("slug", "haikou")));
        } else if (path.equals("/api/v1/cities/" + CITY_ID)) {
            json(response, 200, new JsonObject().put("id", CITY_ID).put("name", "Haikou"));
        } else if (path.endsWith("/similar") && path.startsWith("/api/v1/initiatives/")) {
            response.putHeader("Content-Type", "application/json")
                    .end(new JsonArray().add(new JsonObject().put("slug", "xianning-school-run")).encode());
        } else if (path.equals("/api/v1/outcomes") || path.equals("/api/v1/observations")) {
            String initiative = request.getParam("initiative");
            json(response, 200, new JsonObject().put("items", new JsonArray().add(new JsonObject()
                    .put("initiativeId", initiative).put("kind", path.substring(8)))).put("page", 0).put("size", 100).put("total", 1));
        } else if (path.endsWith("/missing")) {
            json(response.putHeader("Content-Type", "application/problem+json"), 404, new JsonObject().put("status", 404));
        } else if (path.equals("/api/v1/cities/created")) {
            response.setStatusCode(201).putHeader("Location", url() + "/api/v1/cities/new-city").end();
        } else {
            echo(request);
        }
    }

    private void echo(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            JsonObject headers = new JsonObject();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(java.util.Locale.ROOT), h.getValue()));
            json(request.response(), 200, new JsonObject()
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("uri", request.uri())
                    .put("query", request.query())
                    .put("headers", headers)
                    .put("bodyLength", body.length()));
        });
    }

    /** Counts the body as it arrives, so a test can see it reach the service before the client has sent it all. */
    private void upload(HttpServerRequest request) {
        uploadReceived.set(0);
        request.handler(chunk -> uploadReceived.addAndGet(chunk.length()));
        request.endHandler(end -> json(request.response(), 200, new JsonObject().put("bodyLength", uploadReceived.get())
                .put("chunked", "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding")))));
    }

    /** A create that takes its body and answers only once released, as a slow transaction does. */
    private void held(HttpServerRequest request) {
        CompletableFuture<Void> gate = release;
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        request.body().onSuccess(body -> {
            holding.incrementAndGet();
            gate.whenComplete((ok, failure) -> context.runOnContext(go -> {
                holding.decrementAndGet();
                json(request.response(), 201, new JsonObject().put("bodyLength", body.length()));
            }));
        });
    }

    /** The header and 100 rows now, the other 9,900 once released: a gateway that buffered would show nothing. */
    private void csv(HttpServerRequest request) {
        CompletableFuture<Void> gate = release;
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        HttpServerResponse response = request.response().setChunked(true).putHeader("Content-Type", "text/csv");
        response.write(rows(0, 100, true));
        gate.whenComplete((ok, failure) -> context.runOnContext(go -> {
            if (!response.closed()) {
                response.write(rows(100, CSV_ROWS, false));
                response.end();
            }
        }));
    }

    private static Buffer rows(int from, int to, boolean header) {
        StringBuilder csv = new StringBuilder(header ? "id,name\n" : "");
        for (int i = from; i < to; i++) {
            csv.append(i).append(",row ").append(i).append('\n');
        }
        return Buffer.buffer(csv.toString());
    }

    private static void json(HttpServerResponse response, int status, JsonObject body) {
        if (response.headers().get("Content-Type") == null) {
            response.putHeader("Content-Type", "application/json");
        }
        response.setStatusCode(status).end(body.encode());
    }

    private static String resource(String name) {
        try (InputStream in = StubService.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

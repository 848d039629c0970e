package org.urbaninnovation.gateway.web.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.gateway.domain.Route;
import org.urbaninnovation.gateway.domain.RouteTable;
import org.urbaninnovation.gateway.infrastructure.proxy.Upstreams;
import org.urbaninnovation.gateway.web.config.WebConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * The platform's public API as the pages call it: the same paths, methods, headers and bodies a
 * script sends, to the service that owns the path (the gateway's route table), with the signed-in
 * user's bearer token. Every rule stays in the service; a page only renders what it answered.
 * Calls go straight to the service rather than back through the gateway, so that all anonymous
 * page views do not share the loopback address's rate limit (the page request itself was counted).
 */
@ApplicationScoped
public class PlatformApi {

    private final RouteTable routes;
    private final Upstreams upstreams;
    private final Duration timeout;
    private final ObjectMapper json;
    private final HttpClient http;

    public PlatformApi(RouteTable routes, Upstreams upstreams, WebConfig config, ObjectMapper json) {
        this.routes = routes;
        this.upstreams = upstreams;
        this.timeout = config.timeout();
        this.json = json;
        // HTTP/1.1: the JDK's HTTP/2 upgrade attempt queues requests on a plain-text connection.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1))
                .executor(Executors.newFixedThreadPool(4, r -> {
                    Thread t = new Thread(r, "web-api");
                    t.setDaemon(true);
                    return t;
                })).build();
    }

    public Uni<ApiAnswer> get(String pathAndQuery, String token) {
        return send("GET", pathAndQuery, token, Map.of(), null);
    }

    public Uni<ApiAnswer> send(String method, String pathAndQuery, String token, Map<String, String> headers, String body) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        Route route = routes.route(path).orElseThrow(() -> new IllegalArgumentException("No service serves " + path));
        // An available instance of the service, as the gateway's own route would choose.
        URI base = upstreams.readFrom(route.service());
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (!headers.containsKey("Accept")) {
            request.header("Accept", "application/json");
        }
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Uni.createFrom().completionStage(() -> http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(this::answer)
                .exceptionally(e -> unavailable(route.service(), e instanceof CompletionException ? e.getCause() : e)));
    }

    private ApiAnswer answer(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode node = null;
        if (type.contains("json") && !response.body().isEmpty()) {
            try {
                node = json.readTree(response.body());
            } catch (IOException e) {
                node = null;
            }
        }
        return new ApiAnswer(response.statusCode(), response.headers().firstValue("ETag"), type, response.body(), node);
    }

    /** A service that cannot be reached answers the page as the gateway would answer a script: 503 (504 on a timeout). */
    private ApiAnswer unavailable(String service, Throwable cause) {
        int status = cause instanceof HttpTimeoutException ? 504 : 503;
        return new ApiAnswer(status, Optional.empty(), "application/problem+json", "",
                json.createObjectNode().put("status", status).put("detail", "The " + service + " service is not available right now."));
    }
}

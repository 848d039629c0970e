package org.urbaninnovation.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The platform's public API through the gateway, as a demo user calls it: JSON in and out, each
 * user's bearer token minted once, an answer other than the expected status a {@link LauncherException}
 * that says what the platform answered (its problem's detail and violations).
 */
final class AwardApi {

    static final String JSON = "application/json";
    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** An answer: its status, its JSON body (missing when it had none) and its ETag. */
    record Answer(int status, JsonNode body, String etag) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final Function<String, String> tokens;
    private final Map<String, String> minted = new HashMap<>();

    /** @param tokens a demo user's login to a bearer token, as {@code ./platform token} prints it */
    AwardApi(String gateway, Function<String, String> tokens) {
        this.gateway = gateway;
        this.tokens = tokens;
    }

    /** A read as {@code user} (null: anonymous); the answer must be a 200. */
    JsonNode get(String user, String path) {
        return call(user, "GET", path, null, null, null, 200).body();
    }

    Answer getWithEtag(String user, String path) {
        return call(user, "GET", path, null, null, null, 200);
    }

    /** A JSON body sent as {@code user}; {@code ifMatch} may be null; the answer must have status {@code expected}. */
    JsonNode send(String user, String method, String path, Object body, String ifMatch, int expected) {
        return call(user, method, path, body, ifMatch, JSON, expected).body();
    }

    Answer mergePatch(String user, String path, Object patch, String ifMatch) {
        return call(user, "PATCH", path, patch, ifMatch, MERGE_PATCH, 200);
    }

    /** Any call; the answer whatever its status, for callers that decide what a status means. */
    Answer call(String user, String method, String path, Object body, String ifMatch, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Bearer " + minted.computeIfAbsent(user, tokens));
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(json(body)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = response.body().isBlank() ? MissingNode.getInstance() : MAPPER.readTree(response.body());
            return new Answer(response.statusCode(), answer, response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new LauncherException("Cannot reach the gateway at " + gateway + " (./platform up first): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted");
        }
    }

    private Answer call(String user, String method, String path, Object body, String ifMatch, String contentType,
            int expected) {
        Answer answer = call(user, method, path, body, ifMatch, contentType);
        if (answer.status() != expected) {
            throw new LauncherException(method + " " + path + " as " + (user == null ? "anonymous" : user) + " answered "
                    + answer.status() + ": " + answer.body().path("detail").asText(answer.body().toString())
                    + (answer.body().has("violations") ? " " + answer.body().get("violations") : ""));
        }
        return answer;
    }

    /** A body as JSON text: text is taken as written, anything else is serialized. */
    static String json(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + body + " as JSON", e);
        }
    }
}

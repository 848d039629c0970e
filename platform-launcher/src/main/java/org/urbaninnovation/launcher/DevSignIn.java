package org.urbaninnovation.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/** The gateway's development issuer (its local profile) as {@code ./platform token} and the welcome use it. */
final class DevSignIn {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String gateway;

    DevSignIn(String gateway) {
        this.gateway = gateway;
    }

    /** A bearer token for a demo user, signed by the gateway with the development key. */
    String token(String user) {
        String body = "{\"user\": \"" + user.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        Map<String, Object> answer = json(send(HttpRequest.newBuilder(URI.create(gateway + "/auth/dev/sign-in"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))));
        if (answer.get("accessToken") == null) {
            throw new LauncherException(String.valueOf(answer.getOrDefault("detail", answer)));
        }
        return answer.get("accessToken").toString();
    }

    /** The demo users: login, role, name and their extra claims. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> users() {
        String users = send(HttpRequest.newBuilder(URI.create(gateway + "/auth/dev/users")).GET());
        return (List<Map<String, Object>>) json("{\"users\": " + users + "}").get("users");
    }

    private String send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new LauncherException("The gateway does not answer at " + gateway + ": is the platform up (./platform up)?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted");
        }
    }

    private static Map<String, Object> json(String text) {
        try {
            return JsonUtil.parseJson(text);
        } catch (JoseException e) {
            throw new LauncherException("The gateway's answer is not JSON: " + text, e);
        }
    }
}

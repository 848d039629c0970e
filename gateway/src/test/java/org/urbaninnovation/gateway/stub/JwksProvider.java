package org.urbaninnovation.gateway.stub;

import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.util.KeyUtils;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * An OpenID provider's key set, as Keycloak serves it: {@code GET /jwks} lists the published
 * keys ({@code first} at start), {@code POST /rotate} publishes {@code second} as a provider does
 * when it rotates, and {@code GET /fetches} counts how often the set was read. The key
 * {@code unpublished} is never listed.
 */
public class JwksProvider implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;
    private final List<String> published = new ArrayList<>(List.of("first"));
    private final AtomicInteger fetches = new AtomicInteger();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            switch (request.path()) {
                case "/jwks" -> {
                    fetches.incrementAndGet();
                    JsonArray keys = new JsonArray();
                    published.forEach(kid -> keys.add(jwk(kid)));
                    request.response().putHeader("Content-Type", "application/json").end(new JsonObject().put("keys", keys).encode());
                }
                case "/rotate" -> {
                    if (!published.contains("second")) {
                        published.add("second");
                    }
                    request.response().end();
                }
                case "/fetches" -> request.response().end(Integer.toString(fetches.get()));
                default -> request.response().setStatusCode(404).end();
            }
        });
        try {
            server.listen(0, "localhost").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Map.of("mp.jwt.verify.publickey.location", "http://localhost:" + server.actualPort() + "/jwks");
    }

    private static JsonObject jwk(String kid) {
        try {
            RSAPublicKey key = (RSAPublicKey) KeyUtils.readPublicKey("jwks/" + kid + "-public.pem");
            return new JsonObject().put("kty", "RSA").put("kid", kid).put("use", "sig").put("alg", "RS256")
                    .put("n", base64(key.getModulus())).put("e", base64(key.getPublicExponent()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}

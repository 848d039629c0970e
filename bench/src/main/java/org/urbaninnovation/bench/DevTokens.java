package org.urbaninnovation.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Bearer tokens for the benchmark's own users (hundreds of jurors and cities, which the launcher's
 * demo users are not), signed with the development issuer's key of the benchmark's platform
 * ({@code <state>/jwt/privateKey.pem}, made by its first {@code up}): what {@code ./platform token}
 * signs for a demo user, for any subject.
 */
final class DevTokens {

    static final String ISSUER = "urban-innovation-dev";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey key;

    DevTokens(Path jwtDirectory) throws IOException, GeneralSecurityException {
        String pem = Files.readString(jwtDirectory.resolve("privateKey.pem"));
        byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        this.key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    /** An 8-hour token for {@code subject} in {@code role}; {@code claim} and {@code value} (city, country) may be null. */
    String token(String subject, String role, String claim, String value) {
        long now = Instant.now().getEpochSecond();
        JsonObject claims = new JsonObject().put("iss", ISSUER).put("sub", subject).put("upn", subject).put("name", subject)
                .put("groups", new JsonArray().add(role)).put("iat", now).put("exp", now + 8 * 3600)
                .put("jti", UUID.randomUUID().toString());
        if (claim != null) {
            claims.put(claim, value);
        }
        String signed = part(new JsonObject().put("alg", "RS256").put("typ", "JWT")) + "." + part(claims);
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    private static String part(JsonObject json) {
        return URL.encodeToString(json.encode().getBytes(StandardCharsets.UTF_8));
    }
}

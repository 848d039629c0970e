package org.urbaninnovation.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Mints RS256 tokens the services accept in tests (and a few they must refuse), one line a test:
 * {@code given().auth().oauth2(Tokens.admin())}.
 */
public final class Tokens {

    /** The issuer the services expect under the test profile. */
    public static final String ISSUER = "https://issuer.test.urban-innovation";

    private static final PrivateKey KEY = load("test-jwt/privateKey.pem");
    private static final PrivateKey FOREIGN_KEY = load("test-jwt/foreignPrivateKey.pem");

    private Tokens() {
    }

    public static String admin() {
        return claims("secretariat", "admin").sign(KEY);
    }

    public static String jury(String country) {
        return claims("juror-" + country.toLowerCase(), "jury").claim("country", country).sign(KEY);
    }

    public static String city(String cityId) {
        return claims("city-" + cityId, "city").claim("city", cityId).sign(KEY);
    }

    public static String service() {
        return claims("service-account", "service").sign(KEY);
    }

    public static String withRole(String role) {
        return switch (role) {
            case "admin" -> admin();
            case "jury" -> jury("FR");
            case "city" -> city("22222222-0000-4000-8000-000000000001");
            case "service" -> service();
            default -> claims("user-" + role, role).sign(KEY);
        };
    }

    public static String expired() {
        Instant past = Instant.now().minusSeconds(3600);
        return claims("secretariat", "admin").issuedAt(past.minusSeconds(600)).expiresAt(past).sign(KEY);
    }

    public static String wrongIssuer() {
        return claims("secretariat", "admin").issuer("https://issuer.elsewhere").sign(KEY);
    }

    public static String wrongSignature() {
        return claims("secretariat", "admin").sign(FOREIGN_KEY);
    }

    /** A token with {@code alg: none}: claims without any signature. */
    public static String unsigned() {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64("{\"iss\":\"" + ISSUER + "\",\"sub\":\"secretariat\",\"groups\":[\"admin\"],"
                + "\"exp\":" + Instant.now().plusSeconds(600).getEpochSecond() + "}");
        return header + "." + payload + ".";
    }

    private static JwtClaimsBuilder claims(String subject, String role) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .claim("name", subject)
                .groups(Set.of(role))
                .expiresIn(600);
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey load(String resource) {
        try (InputStream in = Tokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test key " + resource);
            }
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable test key " + resource, e);
        }
    }
}

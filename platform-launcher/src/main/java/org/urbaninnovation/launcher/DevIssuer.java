package org.urbaninnovation.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * The local development issuer: a key pair generated on first start under {@code .platform/jwt}
 * (never committed) and tokens for the seeded demo users. Production uses a real OpenID Connect
 * provider; nothing of this class ships in a service.
 */
final class DevIssuer {

    static final String ISSUER = "urban-innovation-dev";

    /** A demo user: login, display name, role and the extra claim that role carries. */
    record DemoUser(String login, String name, String role, Map<String, String> claims) {
    }

    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("admin", "Award Secretariat", "admin", Map.of()),
            new DemoUser("juror-kenya", "Amina Odhiambo", "jury", Map.of("country", "KE")),
            new DemoUser("juror-brazil", "Lucas Ferreira", "jury", Map.of("country", "BR")),
            new DemoUser("juror-germany", "Sofia Weber", "jury", Map.of("country", "DE")),
            new DemoUser("city-xianning", "Xianning city office", "city",
                    Map.of("city", "22222222-0000-4000-8000-000000000001")),
            new DemoUser("city-haikou", "Haikou city office", "city",
                    Map.of("city", "22222222-0000-4000-8000-000000000008")),
            new DemoUser("feed-reader", "Internal service account", "service", Map.of()));

    private final Path directory;

    DevIssuer(Path directory) {
        this.directory = directory;
    }

    Path publicKey() {
        return directory.resolve("publicKey.pem");
    }

    private Path privateKey() {
        return directory.resolve("privateKey.pem");
    }

    /** Creates the key pair the first time; later starts reuse it so issued tokens stay valid. */
    void ensureKeys() {
        if (Files.exists(privateKey()) && Files.exists(publicKey())) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(directory);
            Files.writeString(privateKey(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (GeneralSecurityException | IOException e) {
            throw new LauncherException("Cannot create the development key pair in " + directory, e);
        }
    }

    String token(String login) {
        return token(login, 8 * 60);
    }

    /**
     * A token for one of the platform's own services, valid as long as a local run may last: the
     * metrics service reads the catalogue's feed with it.
     */
    String serviceToken() {
        return token("feed-reader", 30 * 24 * 60);
    }

    private String token(String login, int minutes) {
        DemoUser user = DEMO_USERS.stream().filter(u -> u.login().equals(login)).findFirst()
                .orElseThrow(() -> new LauncherException("Unknown demo user '" + login + "'; demo users: "
                        + String.join(", ", DEMO_USERS.stream().map(DemoUser::login).toList())));
        if (!Files.exists(privateKey())) {
            throw new LauncherException("No development key yet: run ./platform up first.");
        }
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(ISSUER);
            claims.setSubject(user.login());
            claims.setClaim("upn", user.login());
            claims.setClaim("name", user.name());
            claims.setStringListClaim("groups", user.role());
            user.claims().forEach(claims::setClaim);
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(minutes);
            claims.setGeneratedJwtId();
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(readPrivateKey());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new LauncherException("Cannot sign a token: " + e.getMessage(), e);
        }
    }

    private PrivateKey readPrivateKey() {
        try {
            String pem = Files.readString(privateKey());
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException | GeneralSecurityException e) {
            throw new LauncherException("Cannot read " + privateKey() + ": " + e.getMessage(), e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}

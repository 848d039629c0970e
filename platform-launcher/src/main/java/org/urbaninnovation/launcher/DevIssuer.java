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

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * The local development key pair, generated on first start under {@code .platform/jwt} (never
 * committed): the services verify tokens with its public key, and the gateway, started in its
 * local profile, signs demo users' tokens with its private key (sign-in lives there). The
 * launcher itself signs one token only, the metrics service's credential for the catalogue's
 * feed, which it needs before the gateway is up. Production uses a real OpenID Connect provider;
 * nothing of this class ships in a service.
 */
final class DevIssuer {

    static final String ISSUER = "urban-innovation-dev";

    private final Path directory;

    DevIssuer(Path directory) {
        this.directory = directory;
    }

    Path publicKey() {
        return directory.resolve("publicKey.pem");
    }

    Path privateKey() {
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

    /**
     * A token for one of the platform's own services, valid as long as a local run may last: the
     * metrics service reads the catalogue's feed with it.
     */
    String serviceToken() {
        if (!Files.exists(privateKey())) {
            throw new LauncherException("No development key yet: run ./platform up first.");
        }
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(ISSUER);
            claims.setSubject("feed-reader");
            claims.setClaim("upn", "feed-reader");
            claims.setClaim("name", "Internal service account");
            claims.setStringListClaim("groups", "service");
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(30 * 24 * 60);
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

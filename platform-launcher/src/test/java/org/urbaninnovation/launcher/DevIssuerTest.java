package org.urbaninnovation.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevIssuerTest {

    @TempDir
    Path directory;

    @Test
    void keysAreCreatedOnceAndReused() throws Exception {
        DevIssuer issuer = new DevIssuer(directory);
        issuer.ensureKeys();
        String first = Files.readString(issuer.publicKey());
        issuer.ensureKeys();
        assertEquals(first, Files.readString(issuer.publicKey()));
    }

    @Test
    void theServiceTokenIsRs256SignedWithTheServiceRole() throws Exception {
        DevIssuer issuer = new DevIssuer(directory);
        issuer.ensureKeys();
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(publicKey(issuer.publicKey()))
                .setExpectedIssuer(DevIssuer.ISSUER)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .build()
                .processToClaims(issuer.serviceToken());
        assertEquals("feed-reader", claims.getSubject());
        assertEquals(List.of("service"), claims.getStringListClaimValue("groups"));
    }

    @Test
    void noTokenBeforeTheKeysExist() {
        LauncherException e = assertThrows(LauncherException.class, () -> new DevIssuer(directory).serviceToken());
        assertTrue(e.getMessage().contains("./platform up"), e.getMessage());
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}

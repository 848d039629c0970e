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
    void cityTokenIsRs256SignedAndCarriesRoleAndCity() throws Exception {
        DevIssuer issuer = new DevIssuer(directory);
        issuer.ensureKeys();
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(publicKey(issuer.publicKey()))
                .setExpectedIssuer(DevIssuer.ISSUER)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .build()
                .processToClaims(issuer.token("city-haikou"));
        assertEquals("city-haikou", claims.getSubject());
        assertEquals(List.of("city"), claims.getStringListClaimValue("groups"));
        assertEquals("22222222-0000-4000-8000-000000000008", claims.getStringClaimValue("city"));
    }

    @Test
    void jurorsComeFromThreeCountries() {
        long countries = DevIssuer.DEMO_USERS.stream().filter(u -> u.role().equals("jury"))
                .map(u -> u.claims().get("country")).distinct().count();
        assertEquals(3, countries);
    }

    @Test
    void unknownUserIsNamedWithTheKnownOnes() {
        DevIssuer issuer = new DevIssuer(directory);
        issuer.ensureKeys();
        LauncherException e = assertThrows(LauncherException.class, () -> issuer.token("mallory"));
        assertTrue(e.getMessage().contains("mallory") && e.getMessage().contains("juror-kenya"), e.getMessage());
    }

    @Test
    void noTokenBeforeTheKeysExist() {
        LauncherException e = assertThrows(LauncherException.class, () -> new DevIssuer(directory).token("admin"));
        assertTrue(e.getMessage().contains("./platform up"), e.getMessage());
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}

package org.urbaninnovation.gateway.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.urbaninnovation.gateway.stub.RotatingKeys;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/** Tokens from an OpenID provider that rotates its keys: a new key id is fetched, an unknown one refused. */
@QuarkusTest
@TestProfile(RotatingKeys.class)
class KeyRotationTest {

    private static String token(String signingKey, String kid) throws Exception {
        return Jwt.issuer(Tokens.ISSUER).subject("juror-kenya").groups("jury").expiresIn(600).jws().keyId(kid)
                .sign(KeyUtils.readPrivateKey("jwks/" + signingKey + "-private.pem"));
    }

    private static String provider(String path) {
        URI jwks = URI.create(ConfigProvider.getConfig().getValue("mp.jwt.verify.publickey.location", String.class));
        return given().baseUri("http://localhost:" + jwks.getPort()).port(-1).post(path).asString();
    }

    @Test
    void aKeyThatAppearsInTheProvidersSetAfterARotationIsFetchedAndAccepted() throws Exception {
        given().auth().oauth2(token("first", "first")).when().get("/api/v1/cycles").then().statusCode(200);
        provider("/rotate");
        // The JWKS client does not fetch the set again within 300 ms of its last fetch (a storm of
        // unknown key ids cannot make it hammer the provider): a client sees the new key that soon after.
        String second = token("second", "second");
        int status = 0;
        for (int attempt = 0; attempt < 40 && status != 200; attempt++) {
            Thread.sleep(attempt == 0 ? 0 : 100);
            status = given().auth().oauth2(second).when().get("/api/v1/cycles").then().extract().statusCode();
        }
        given().auth().oauth2(second).when().get("/api/v1/cycles").then().statusCode(200).header("X-Stub", "submissions");
        given().auth().oauth2(token("first", "first")).when().get("/api/v1/cycles").then().statusCode(200);
    }

    @Test
    void aKeyIdTheProviderDoesNotPublishIsRefused() throws Exception {
        given().auth().oauth2(token("unpublished", "unpublished")).when().get("/api/v1/initiatives").then().statusCode(401)
                .header("X-Stub", nullValue());
    }

    @Test
    void aPublishedKeyIdOnATokenSignedWithAnotherKeyIsRefused() throws Exception {
        given().auth().oauth2(token("unpublished", "first")).when().get("/api/v1/initiatives").then().statusCode(401)
                .header("X-Stub", nullValue());
    }
}

package org.urbaninnovation.catalog.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Only RS256 tokens of the configured issuer, unexpired and correctly signed, authenticate. */
@QuarkusTest
class TokenHandlingTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String SECURED = "/test/probe/me";

    @Test
    void validTokenAuthenticatesAndCarriesItsClaims() {
        given().auth().oauth2(Tokens.city("22222222-0000-4000-8000-000000000001"))
                .when().get(SECURED)
                .then().statusCode(200)
                .body("subject", equalTo("city-22222222-0000-4000-8000-000000000001"))
                .body("city", equalTo("22222222-0000-4000-8000-000000000001"));
    }

    @Test
    void missingTokenIsA401Problem() {
        given().when().get(SECURED)
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("title", equalTo("Authentication required"));
    }

    @Test
    void expiredTokenIsRejected() {
        given().auth().oauth2(Tokens.expired()).when().get(SECURED).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void tokenOfAnotherIssuerIsRejected() {
        given().auth().oauth2(Tokens.wrongIssuer()).when().get(SECURED).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void tokenSignedWithAnotherKeyIsRejected() {
        given().auth().oauth2(Tokens.wrongSignature()).when().get(SECURED).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void unsignedTokenIsRejected() {
        given().auth().oauth2(Tokens.unsigned()).when().get(SECURED).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void garbageTokenIsRejected() {
        given().auth().oauth2("not-a-jwt").when().get(SECURED).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void invalidTokenIsRejectedEvenOnPublicEndpoints() {
        given().auth().oauth2(Tokens.wrongSignature()).when().get("/api/v1/initiatives")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void wrongRoleIsA403Problem() {
        given().auth().oauth2(Tokens.withRole("visitor")).when().get(SECURED)
                .then().statusCode(403).contentType(PROBLEM)
                .body("title", equalTo("Forbidden"));
    }

    @Test
    void roleWithoutWriteRightIsA403OnAWrite() {
        given().auth().oauth2(Tokens.jury("KE")).contentType("application/json").body("{\"name\": \"x\"}")
                .when().post("/test/probe")
                .then().statusCode(403).contentType(PROBLEM);
    }
}

package org.urbaninnovation.gateway.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.gateway.stub.StubbedPlatform;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Tokens are checked before anything is forwarded; anonymous callers only read the public catalogue and metrics. */
@QuarkusTest
@TestProfile(StubbedPlatform.class)
class IdentityTest {

    @Test
    void anonymousCallersReadThePublicCatalogueAndMetrics() {
        given().when().get("/api/v1/initiatives").then().statusCode(200).header("X-Stub", "catalog");
        given().when().head("/api/v1/cities").then().statusCode(200).header("X-Stub", "catalog");
        given().when().get("/api/v1/observations").then().statusCode(200).header("X-Stub", "metrics");
    }

    @Test
    void anonymousWritesAreRefusedAtTheGateway() {
        given().contentType("application/json").body("{}").when().post("/api/v1/initiatives")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .header("X-Stub", nullValue());
        given().when().delete("/api/v1/cities/haikou").then().statusCode(401).header("X-Stub", nullValue());
    }

    @Test
    void theAwardsCyclesArePublicReadsAndItsEntriesNeedATokenEvenToRead() {
        given().when().get("/api/v1/cycles").then().statusCode(200).header("X-Stub", "submissions");
        given().contentType("application/json").body("{}").when().post("/api/v1/cycles").then().statusCode(401)
                .header("X-Stub", nullValue());
        given().when().get("/api/v1/submissions").then().statusCode(401).header("X-Stub", nullValue());
        given().when().get("/api/v1/audit").then().statusCode(401).header("X-Stub", nullValue());
        given().auth().oauth2(Tokens.city("22222222-0000-4000-8000-000000000001")).when().get("/api/v1/submissions")
                .then().statusCode(200).header("X-Stub", "submissions");
    }

    @Test
    void everyKindOfBadTokenIsRefusedBeforeForwardingEvenOnAPublicRead() {
        for (String token : new String[] { Tokens.wrongSignature(), Tokens.expired(), Tokens.wrongIssuer(), Tokens.unsigned(),
                "not-a-jwt" }) {
            given().auth().oauth2(token).when().get("/api/v1/initiatives")
                    .then().statusCode(401).contentType("application/problem+json").header("X-Stub", nullValue());
        }
        given().header("Authorization", "Basic YWRtaW46YWRtaW4=").when().get("/api/v1/initiatives")
                .then().statusCode(401).header("X-Stub", nullValue());
    }

    @Test
    void aVerifiedTokenIsForwardedAsItCame() {
        String token = Tokens.jury("KE");
        given().auth().oauth2(token).when().get("/api/v1/submissions").then().statusCode(200)
                .body("headers.authorization", equalTo("Bearer " + token));
        given().auth().oauth2(token).when().get("/api/v1/submissions").then().statusCode(200)
                .body("headers.authorization", equalTo("Bearer " + token));
    }
}

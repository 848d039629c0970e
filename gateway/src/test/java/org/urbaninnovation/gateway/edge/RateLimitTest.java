package org.urbaninnovation.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.gateway.stub.TightLimits;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A token bucket per caller and class: 3 reads, 2 writes and 2 sign-ins a minute here. */
@QuarkusTest
@TestProfile(TightLimits.class)
class RateLimitTest {

    @Test
    void aCallerOverItsReadsGetsA429ProblemSayingWhenToComeBack() {
        String token = Tokens.city("reads-caller");
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().auth().oauth2(token).when().get("/api/v1/themes").then().statusCode(200)
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", Integer.toString(remaining))
                    .header("RateLimit-Reset", matchesPattern("[1-9][0-9]?"));
        }
        given().auth().oauth2(token).when().get("/api/v1/themes").then().statusCode(429)
                .contentType("application/problem+json").header("X-Stub", nullValue())
                .header("Retry-After", matchesPattern("[1-9][0-9]?")).header("RateLimit-Remaining", "0")
                .body("title", equalTo("Too many requests"));
    }

    @Test
    void readsAndWritesAreCountedApartAndEachCallerHasItsOwnBuckets() {
        String token = Tokens.city("writes-caller");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(token).contentType("application/json").body("{}").when().post("/api/v1/cities").then().statusCode(200);
        }
        given().auth().oauth2(token).contentType("application/json").body("{}").when().post("/api/v1/cities").then().statusCode(429);
        given().auth().oauth2(token).when().get("/api/v1/themes").then().statusCode(200).header("RateLimit-Limit", "3");
        given().auth().oauth2(Tokens.city("another-caller")).contentType("application/json").body("{}").when()
                .post("/api/v1/cities").then().statusCode(200);
    }

    @Test
    void signInsHaveTheirOwnSmallBucketPerClientAddress() {
        for (int i = 0; i < 2; i++) {
            given().contentType("application/json").body("{\"user\": \"admin\"}").when().post("/auth/dev/sign-in").then()
                    .statusCode(200).header("RateLimit-Limit", "2");
        }
        given().contentType("application/json").body("{\"user\": \"admin\"}").when().post("/auth/dev/sign-in").then()
                .statusCode(429);
    }
}

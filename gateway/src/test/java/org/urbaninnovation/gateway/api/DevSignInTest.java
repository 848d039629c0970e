package org.urbaninnovation.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.gateway.stub.StubbedPlatform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The development issuer of a local platform: a demo user's token, accepted by the gateway like any other. */
@QuarkusTest
@TestProfile(StubbedPlatform.class)
class DevSignInTest {

    @Test
    void aDemoUserSignsInWithoutAPasswordAndTheTokenOpensProtectedRoutes() {
        String token = given().contentType("application/json").body("{\"user\": \"juror-kenya\"}")
                .when().post("/auth/dev/sign-in").then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(28_800))
                .body("user.role", equalTo("jury"))
                .body("user.claims.country", equalTo("KE"))
                .body("accessToken", startsWith("ey"))
                .extract().path("accessToken");
        given().auth().oauth2(token).when().get("/api/v1/assignments").then().statusCode(200).header("X-Stub", "submissions");
    }

    @Test
    void theDemoUsersAreListed() {
        given().when().get("/auth/dev/users").then().statusCode(200)
                .body("login", hasItems("admin", "juror-kenya", "juror-brazil", "juror-germany", "city-xianning", "city-haikou",
                        "feed-reader"));
    }

    @Test
    void anUnknownUserIsAValidationProblemNamingTheKnownOnes() {
        given().contentType("application/json").body("{\"user\": \"mallory\"}").when().post("/auth/dev/sign-in")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("user"))
                .body("violations[0].message", startsWith("must be one of admin, juror-kenya"));
    }
}

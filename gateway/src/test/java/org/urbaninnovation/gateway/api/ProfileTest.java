package org.urbaninnovation.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.gateway.stub.StubService;
import org.urbaninnovation.gateway.stub.StubbedPlatform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The composite view: answered by the gateway from the catalogue's and the metrics' parts, cached as a whole. */
@QuarkusTest
@TestProfile(StubbedPlatform.class)
class ProfileTest {

    @Test
    void theProfileHoldsEveryPartFromItsService() {
        given().when().get("/api/v1/initiatives/bee-eaters/profile").then().statusCode(200)
                .header("X-Stub", (String) null)
                .body("initiative.id", equalTo(StubService.INITIATIVE_ID))
                .body("city.name", equalTo("Haikou"))
                .body("outcomes.items[0].initiativeId", equalTo(StubService.INITIATIVE_ID))
                .body("outcomes.items[0].kind", equalTo("outcomes"))
                .body("observations.items[0].kind", equalTo("observations"))
                .body("similar[0].slug", equalTo("xianning-school-run"))
                .body("missing", hasSize(0));
    }

    @Test
    void theWholeHasAnETagAndAMatchingIfNoneMatchGetsA304() {
        String etag = given().when().get("/api/v1/initiatives/" + StubService.INITIATIVE_ID + "/profile").then().statusCode(200)
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{27}\"")).header("Cache-Control", "public, max-age=10")
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/initiatives/" + StubService.INITIATIVE_ID + "/profile")
                .then().statusCode(304).body(emptyString());
    }

    @Test
    void anInitiativeTheCatalogueDoesNotKnowIsA404Problem() {
        given().when().get("/api/v1/initiatives/missing/profile").then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/initiatives/missing/profile"));
    }
}

package org.urbaninnovation.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InitiativeResourceTest {

    @Test
    void listsPublishedInitiativesInAnEnvelope() {
        given().when().get("/api/v1/initiatives")
                .then().statusCode(200)
                .body("total", equalTo(14))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items", hasSize(14));
    }

    @Test
    void lastPageHoldsTheRemainder() {
        given().queryParam("page", 2).queryParam("size", 5).when().get("/api/v1/initiatives")
                .then().statusCode(200)
                .body("items", hasSize(4))
                .body("page", equalTo(2))
                .body("total", equalTo(14));
    }

    @Test
    void pageBeyondTheEndIsEmpty() {
        given().queryParam("page", 99).when().get("/api/v1/initiatives")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(14));
    }

    @Test
    void sizeIsCapped() {
        for (String size : new String[] { "0", "-1", "101", "100000" }) {
            given().queryParam("size", size).when().get("/api/v1/initiatives")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("size"))
                    .body("violations[0].message", equalTo("must be between 1 and 100"));
        }
    }

    @Test
    void negativePageIsRejected() {
        given().queryParam("page", -1).when().get("/api/v1/initiatives")
                .then().statusCode(400).body("violations[0].field", equalTo("page"));
    }

    @Test
    void oneInitiativeBySlugOrId() {
        given().when().get("/api/v1/initiatives/haikou-bee-eater-protection")
                .then().statusCode(200)
                .body("id", equalTo("11111111-0000-4000-8000-000000000008"))
                .body("city.name", equalTo("Haikou"));
        given().when().get("/api/v1/initiatives/11111111-0000-4000-8000-000000000008")
                .then().statusCode(200)
                .body("slug", equalTo("haikou-bee-eater-protection"));
    }

    @Test
    void unknownInitiativeIsA404Problem() {
        given().when().get("/api/v1/initiatives/no-such-initiative")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No published initiative has the id or slug 'no-such-initiative'."));
    }
}

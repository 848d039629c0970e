package org.urbaninnovation.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.urbaninnovation.testsupport.Tokens;

/** Search answers are kept a few seconds, but never past a change written by the catalogue. */
@QuarkusTest
class SearchCacheTest {

    private static int total(String q) {
        return given().queryParam("q", q).when().get("/api/v1/initiatives").then().statusCode(200).extract().path("total");
    }

    @Test
    void aCachedSearchSeesTheNextWriteAtOnce() {
        assertEquals(0, total("zeppelin"));
        assertEquals(0, total("zeppelin"), "asked twice: the second answer comes from the cache");
        CatalogFixtures.Created created = CatalogFixtures.create("Zeppelin deliveries for hill villages");
        assertEquals(1, total("zeppelin"), "the creation emptied the cache");

        String etag = given().auth().oauth2(Tokens.admin()).when().get("/api/v1/initiatives/" + created.id())
                .then().extract().header("ETag");
        given().auth().oauth2(Tokens.admin()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(CatalogFixtures.initiativeJson("Airship deliveries for hill villages", CatalogFixtures.XIANNING))
                .when().put("/api/v1/initiatives/" + created.id()).then().statusCode(200);
        assertEquals(0, total("zeppelin"), "the update emptied the cache");
        assertEquals(1, total("airship"));

        CatalogFixtures.withdraw(created.id());
        assertEquals(0, total("airship"), "the withdrawal emptied the cache");
    }

    @Test
    void hitsAndMissesAreCounted() {
        total("lanterns");
        total("lanterns");
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("cache_gets_total{cache=\"catalog-search\",result=\"hit\"}"))
                .body(containsString("cache_gets_total{cache=\"catalog-search\",result=\"miss\"}"));
    }
}

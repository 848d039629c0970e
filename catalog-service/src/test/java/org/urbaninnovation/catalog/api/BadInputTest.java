package org.urbaninnovation.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Each kind of bad input gets its problem document, and none of them changes anything. */
@QuarkusTest
class BadInputTest {

    private int published;
    private long seq;

    @BeforeEach
    void remember() {
        published = CatalogFixtures.publishedCount();
        seq = CatalogFixtures.lastSeq();
    }

    @AfterEach
    void nothingChanged() {
        assertEquals(published, CatalogFixtures.publishedCount());
        assertEquals(seq, CatalogFixtures.lastSeq());
    }

    private static void rejected(Map<String, String> params, String field) {
        var request = given();
        for (var param : params.entrySet()) {
            request = request.queryParam(param.getKey(), param.getValue());
        }
        request.when().get("/api/v1/initiatives").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
    }

    @Test
    void queryLongerThanTheLimit() {
        rejected(Map.of("q", "x".repeat(201)), "q");
    }

    @Test
    void sizeOutOfRange() {
        rejected(Map.of("size", "0"), "size");
        rejected(Map.of("size", "-1"), "size");
        rejected(Map.of("size", "100000"), "size");
    }

    @Test
    void unknownSortOrFilterValues() {
        rejected(Map.of("sort", "popularity"), "sort");
        rejected(Map.of("sdg", "99"), "sdg");
        rejected(Map.of("sdg", "0"), "sdg");
        rejected(Map.of("theme", "sports"), "theme");
        rejected(Map.of("innovationType", "disruptive"), "innovationType");
        rejected(Map.of("format", "xml"), "format");
    }

    @Test
    void malformedJsonAndWrongContentType() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"title\": ")
                .when().post("/api/v1/initiatives").then().statusCode(400).body("title", equalTo("Malformed JSON"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.XML).body("<initiative/>")
                .when().post("/api/v1/initiatives").then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"title\": \"x\", \"sdgs\": \"eleven\"}")
                .when().post("/api/v1/initiatives").then().statusCode(400).body("violations[0].field", equalTo("sdgs"));
    }

    @Test
    void megabyteBody() {
        String huge = CatalogFixtures.initiativeJson("Huge", CatalogFixtures.XIANNING)
                .replace("Rain gardens absorb storm water.", "word ".repeat(220_000));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(huge)
                .when().post("/api/v1/initiatives").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("exceeds the limit"));
    }

    @Test
    void sqlAndScriptInWrites() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(CatalogFixtures.initiativeJson("<img src=x onerror=alert(1)>", CatalogFixtures.XIANNING))
                .when().post("/api/v1/initiatives").then().statusCode(400).body("violations[0].field", equalTo("title"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(CatalogFixtures.initiativeJson("x", CatalogFixtures.XIANNING)
                        .replace("{\"title\"", "{\"slug\": \"x'; drop table initiative; --\", \"title\""))
                .when().post("/api/v1/initiatives").then().statusCode(400).body("violations[0].field", equalTo("slug"));
    }

    @Test
    void badIdempotencyKey() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).header("Idempotency-Key", "x".repeat(300))
                .body(CatalogFixtures.initiativeJson("Keyed", CatalogFixtures.XIANNING))
                .when().post("/api/v1/initiatives").then().statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }
}

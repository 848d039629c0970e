package org.urbaninnovation.catalog.api;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import org.urbaninnovation.testsupport.Tokens;

import io.restassured.http.ContentType;

/**
 * What the catalogue tests need to arrange and observe through the API: the feed's position, the
 * published count, and initiatives written by an administrator in a city of their own, withdrawn
 * again so that other tests keep seeing the fourteen seeded ones.
 */
public final class CatalogFixtures {

    static final String XIANNING = "22222222-0000-4000-8000-000000000001";
    static final String HAIKOU_INITIATIVE = "11111111-0000-4000-8000-000000000008";

    private CatalogFixtures() {
    }

    static long lastSeq() {
        long after = 0;
        while (true) {
            long last = given().auth().oauth2(Tokens.service()).queryParam("after", after).queryParam("limit", 500)
                    .when().get("/internal/v1/events").then().statusCode(200).extract().jsonPath().getLong("lastSeq");
            if (last == after) {
                return last;
            }
            after = last;
        }
    }

    static int publishedCount() {
        return given().when().get("/api/v1/initiatives").then().statusCode(200).extract().path("total");
    }

    static String initiativeJson(String title, String cityId) {
        return """
                {"title": "%s", "cityId": "%s", "summary": "A test initiative about rainwater gardens.",
                 "sections": {"abstract": "Rain gardens absorb storm water.", "outcomes": "Fewer floods."},
                 "innovationType": "incremental", "themes": ["environmental"], "tags": ["rain garden"],
                 "sdgs": [6, 11], "partners": [{"name": "Water bureau", "role": "funding"}]}
                """.formatted(title, cityId);
    }

    /** Creates an initiative and returns its id and ETag. */
    public static Created create(String title) {
        var response = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(initiativeJson(title, XIANNING))
                .when().post("/api/v1/initiatives").then().statusCode(201).extract();
        return new Created(UUID.fromString(response.path("id")), response.header("ETag"));
    }

    public static void withdraw(UUID id) {
        String etag = given().auth().oauth2(Tokens.admin()).when().get("/api/v1/initiatives/" + id)
                .then().extract().header("ETag");
        if (etag != null && etag.length() > 0) {
            given().auth().oauth2(Tokens.admin()).header("If-Match", etag)
                    .when().delete("/api/v1/initiatives/" + id).then().statusCode(204);
        }
    }

    public record Created(UUID id, String etag) {
    }
}

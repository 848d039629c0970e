package org.urbaninnovation.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CityResourceTest {

    @Test
    void citiesAreListedWithTheirInitiatives() {
        given().queryParam("size", 100).when().get("/api/v1/cities").then().statusCode(200)
                .body("items.find { it.slug == 'haikou' }.initiatives", equalTo(1))
                .body("items.find { it.slug == 'xianning' }.population", equalTo(3036100))
                .body("items.name", hasItem("Hong Kong"));
    }

    @Test
    void cityShowsItsFiguresAsPrintedAndItsInitiatives() {
        given().when().get("/api/v1/cities/dalian").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("initiatives", hasSize(1))
                .body("initiatives[0].slug", equalTo("dalian-responsive-urban-governance"))
                .body("dataQualityNotes.size()", org.hamcrest.Matchers.greaterThan(0));
        given().when().get("/api/v1/cities/22222222-0000-4000-8000-000000000007").then().statusCode(200)
                .body("name", equalTo("Fuzhou"))
                .body("gdpPerCapitaUsd", nullValue());
        given().when().get("/api/v1/cities/atlantis").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void citiesAsCsv() {
        String csv = given().queryParam("format", "csv").queryParam("size", 100).when().get("/api/v1/cities")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("id,slug,name,country,population,areaKm2,densityPerKm2,gdpPerCapitaUsd,initiatives", lines.get(0));
        given().accept("text/csv").queryParam("size", 2).when().get("/api/v1/cities")
                .then().statusCode(200).contentType("text/csv")
                .header("X-Total-Count", org.hamcrest.Matchers.notNullValue())
                .header("Link", containsString("rel=\"next\""))
                .body(org.hamcrest.Matchers.startsWith("id,slug,name"));
        given().queryParam("format", "xml").when().get("/api/v1/cities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("format"))
                .body("instance", equalTo("/api/v1/cities"));
    }

    @Test
    void secretariatAddsAndCorrectsACity() {
        String body = """
                {"name": "Test Harbour", "country": "Testland", "population": 120000, "populationText": "120,000",
                 "areaKm2": 12.5, "mainSourcesOfProsperity": "Fishing"}
                """;
        var created = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cities").then().statusCode(201)
                .body("slug", equalTo("test-harbour")).body("populationText", equalTo("120,000")).extract();
        String path = "/api/v1/cities/" + created.path("id");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body.replace("Fishing", "Shipping"))
                .when().put(path).then().statusCode(428);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(body.replace("Fishing", "Shipping")).when().put(path).then().statusCode(200)
                .body("mainSourcesOfProsperity", equalTo("Shipping"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cities").then().statusCode(409).body("violations[0].field", equalTo("slug"));
    }

    @Test
    void negativeFiguresAreRejected() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\": \"Minus\", \"country\": \"X\", \"population\": -1, \"areaKm2\": -3}")
                .when().post("/api/v1/cities").then().statusCode(400)
                .body("violations.field", hasItem("population"))
                .body("violations.field", hasItem("areaKm2"))
                .body("detail", containsString("must not be negative"));
        given().when().get("/api/v1/cities/minus").then().statusCode(404);
    }
}

package org.urbaninnovation.metrics.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Query parameters a client can get wrong: each answer is a problem naming the parameter. */
@QuarkusTest
class BadQueryTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/observations?size=100000|size",
            "/api/v1/observations?size=0|size",
            "/api/v1/observations?size=-1|size",
            "/api/v1/observations?page=-1|page",
            "/api/v1/observations?page=ten|page",
            "/api/v1/observations?from=2023-13|from",
            "/api/v1/observations?to=2023-02-30|to",
            "/api/v1/observations?from=2024&to=2023|from",
            "/api/v1/observations?from=yesterday|from",
            "/api/v1/observations?updatedAfter=2024-13-01T00:00:00Z|updatedAfter",
            "/api/v1/observations?phase=final|phase",
            "/api/v1/observations?sdg=99|sdg",
            "/api/v1/observations?theme=sports|theme",
            "/api/v1/observations?initiative=not-a-uuid|initiative",
            "/api/v1/observations?indicator=DROP%20TABLE|indicator",
            "/api/v1/observations?format=xml|format",
            "/api/v1/outcomes?improved=maybe|improved",
            "/api/v1/series?by=planet&indicator=gawc_world_city_rank|by",
            "/api/v1/series|indicator",
            "/api/v1/series?indicator=no_such_indicator|indicator",
            "/api/v1/aggregates?groupBy=planet|groupBy",
            "/api/v1/aggregates?groupBy=city,city|groupBy",
            "/api/v1/aggregates?groupBy=city,country,theme,sdg|groupBy",
            "/api/v1/aggregates?fn=mode|fn",
            "/api/v1/aggregates?per=household|per",
            "/api/v1/aggregates?updatedAfter=2024-01-01T00:00:00Z|updatedAfter",
            "/api/v1/aggregates?fn=median,sum&per=capita|fn",
            "/api/v1/outcomes?phase=result|phase",
    })
    void badParameterIsNamed(String path, String field) {
        given().when().get(path).then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", notNullValue())
                .body("violations.find { it.field.endsWith('" + field + "') }", notNullValue());
    }

    @Test
    void sqlAndScriptTextInFiltersAreJustText() {
        given().when().get("/api/v1/observations?country=' or 1=1 --").then().statusCode(200)
                .body("total", equalTo(0));
        given().when().get("/api/v1/observations?country=<script>alert(1)</script>").then().statusCode(200)
                .body("total", equalTo(0));
        // A slug as long as a UUID is still a slug.
        given().when().get("/api/v1/observations?city=abcdefghij-abcdefghij-abcdefghij-abc").then().statusCode(200)
                .body("total", equalTo(0));
        given().when().get("/api/v1/indicators/' or '1'='1").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void wrongContentTypeAndOversizedBodies() {
        given().auth().oauth2(org.urbaninnovation.testsupport.Tokens.admin()).contentType("text/plain").body("hello")
                .when().post("/api/v1/observations").then().statusCode(415).contentType("application/problem+json");
        byte[] big = new byte[1_100_000];
        java.util.Arrays.fill(big, (byte) ' ');
        given().auth().oauth2(org.urbaninnovation.testsupport.Tokens.admin()).contentType("application/json").body(big)
                .when().post("/api/v1/observations").then().statusCode(413).contentType("application/problem+json");
        given().when().delete("/api/v1/observations").then().statusCode(405).contentType("application/problem+json")
                .header("Allow", containsString("GET"));
    }
}

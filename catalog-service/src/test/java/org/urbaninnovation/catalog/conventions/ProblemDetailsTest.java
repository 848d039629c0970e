package org.urbaninnovation.catalog.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every kind of error answers with RFC 9457 problem+json and a detail a client can act on. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void unknownPathIsA404Problem() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"))
                .body("type", equalTo("https://urban-innovation-award.org/problems/not-found"))
                .body("instance", equalTo("/api/v1/no-such-thing"))
                .body("detail", containsString("/api/v1/no-such-thing"));
    }

    @Test
    void pathOutsideTheApiIsA404ProblemToo() {
        given().when().get("/nothing-here.html").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void wrongMethodIsA405ProblemWithAllow() {
        given().when().delete("/api/v1/initiatives")
                .then().statusCode(405).contentType(PROBLEM)
                .header("Allow", containsString("GET"))
                .body("detail", containsString("allowed"));
    }

    @Test
    void wrongMediaTypeIsA415Problem() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.TEXT).body("name=x")
                .when().post("/test/probe")
                .then().statusCode(415).contentType(PROBLEM)
                .body("detail", containsString("application/json"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"name\": \"x\",")
                .when().post("/test/probe")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Malformed JSON"))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void wrongTypeNamesTheField() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"name\": \"x\", \"count\": \"many\"}")
                .when().post("/test/probe")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("count"))
                .body("violations[0].message", equalTo("must be a number"));
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"name\": \"x\", \"colour\": \"BLUE\"}")
                .when().post("/test/probe")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("colour"))
                .body("violations[0].message", equalTo("must be one of [RED, GREEN]"));
    }

    @Test
    void unknownPropertyIsRejected() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"name\": \"x\", \"isAdmin\": true}")
                .when().post("/test/probe")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("isAdmin"))
                .body("violations[0].message", equalTo("is not a known property"));
    }

    @Test
    void validationListsEveryOffendingField() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"name\": \"\", \"count\": -1}")
                .when().post("/test/probe")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Validation failed"))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("count"))
                .body("violations.size()", equalTo(2));
    }

    @Test
    void validBodyIsAccepted() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"name\": \"ok\", \"count\": 3, \"colour\": \"RED\"}")
                .when().post("/test/probe")
                .then().statusCode(200).body("name", equalTo("ok")).body("colour", equalTo("RED"));
    }

    @Test
    void oversizedBodyIsA413Problem() {
        String big = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(big)
                .when().post("/test/probe")
                .then().statusCode(413).contentType(PROBLEM)
                .body("detail", containsString("limit"));
    }

    @Test
    void unexpectedErrorHidesInternals() {
        given().when().get("/test/probe/boom")
                .then().statusCode(500).contentType(PROBLEM)
                .body("detail", containsString("reference"))
                .body(not(containsString("hunter2")))
                .body(not(containsString("at org.")));
    }

    @Test
    void queryParameterOfTheWrongTypeIsA400Problem() {
        given().queryParam("size", "ten").when().get("/api/v1/initiatives")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("size"));
    }
}

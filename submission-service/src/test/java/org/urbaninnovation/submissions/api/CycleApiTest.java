package org.urbaninnovation.submissions.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Cycles through the API: creation with the award's defaults, edits of a draft, phase changes and their checks. */
@QuarkusTest
class CycleApiTest {

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin());
    }

    @Test
    void theDeadlineReadsInTheCyclesOwnTimeZone() {
        String id = admin().contentType(ContentType.JSON).body("""
                {"number": 1900, "name": "Time zones", "submissionDeadline": "2030-06-30T15:59:59Z", "timeZone": "Asia/Shanghai"}""")
                .when().post("/api/v1/cycles").then().statusCode(201)
                .header("Location", startsWith("http://localhost")).extract().path("id");
        given().when().get("/api/v1/cycles/" + id).then().statusCode(200)
                .body("submissionDeadline", equalTo("2030-06-30T15:59:59Z"))
                .body("submissionDeadlineLocal", equalTo("2030-06-30T23:59:59+08:00"))
                .header("ETag", equalTo("\"0\""));
    }

    @Test
    void aSecondCycleOfTheSameNumberIsA409NamingTheNumber() {
        String body = """
                {"number": 1901, "name": "Once", "submissionDeadline": "2030-06-30T15:59:59Z", "timeZone": "Asia/Shanghai"}""";
        admin().contentType(ContentType.JSON).body(body).when().post("/api/v1/cycles").then().statusCode(201);
        admin().contentType(ContentType.JSON).body(body).when().post("/api/v1/cycles").then().statusCode(409)
                .body("violations[0].field", equalTo("number"));
    }

    @Test
    void aDraftCycleIsEditedByMergePatchWithIfMatchAndNotOnceOpen() {
        String id = Award.cycle("");
        String patch = "{\"winners\": 3, \"criteria\": [{\"code\": \"innovation\", \"name\": \"Innovation\", \"weight\": 0.6},"
                + " {\"code\": \"impact\", \"name\": \"Impact\", \"weight\": 0.4}]}";
        admin().contentType(Award.MERGE_PATCH).body(patch).when().patch("/api/v1/cycles/" + id).then().statusCode(428);
        admin().contentType(Award.MERGE_PATCH).header("If-Match", "\"7\"").body(patch).when().patch("/api/v1/cycles/" + id)
                .then().statusCode(412);
        admin().contentType(Award.MERGE_PATCH).header("If-Match", "\"0\"").body(patch).when().patch("/api/v1/cycles/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("winners", equalTo(3)).body("shortlistSize", equalTo(15))
                .body("criteria.code", equalTo(List.of("innovation", "impact")));
        Award.phase(id, "open");
        admin().contentType(Award.MERGE_PATCH).header("If-Match", Award.cycleEtag(id)).body("{\"winners\": 2}")
                .when().patch("/api/v1/cycles/" + id).then().statusCode(409);
    }

    @Test
    void aPhaseChangeNamesEveryUnmetCheck() {
        String cycle = Award.cycle("");
        Award.phase(cycle, "open");
        String screened = Award.submitted(cycle, Award.CITY_A, "Screened");
        Award.submitted(cycle, Award.CITY_B, "Not screened");
        Award.phase(cycle, "screening");
        Award.screen(screened, true);
        admin().header("If-Match", Award.cycleEtag(cycle)).contentType(ContentType.JSON).body("{\"phase\": \"review\"}")
                .when().post("/api/v1/cycles/" + cycle + "/phase").then().statusCode(409)
                .body("violations.field", equalTo(List.of("screening", "assignments")))
                .body("violations.message", equalTo(List.of("1 submitted entry is not screened yet",
                        "1 eligible entry has fewer than 3 jurors assigned")));
        given().when().get("/api/v1/cycles/" + cycle).then().body("phase", equalTo("screening"));
    }

    @Test
    void aCycleWithoutEntriesCannotCloseForScreening() {
        String cycle = Award.cycle("");
        Award.phase(cycle, "open");
        admin().header("If-Match", Award.cycleEtag(cycle)).contentType(ContentType.JSON).body("{\"phase\": \"screening\"}")
                .when().post("/api/v1/cycles/" + cycle + "/phase").then().statusCode(409)
                .body("violations", equalTo(List.of(java.util.Map.of("field", "submissions", "message", "no entry has been submitted"))));
    }

    @Test
    void phasesGoOneStepForwardAndAPhaseChangeNeedsIfMatch() {
        String cycle = Award.cycle("");
        admin().contentType(ContentType.JSON).body("{\"phase\": \"open\"}").when().post("/api/v1/cycles/" + cycle + "/phase")
                .then().statusCode(428);
        admin().header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{\"phase\": \"screening\"}")
                .when().post("/api/v1/cycles/" + cycle + "/phase").then().statusCode(409)
                .body("violations[0].field", equalTo("phase")).body("violations[0].message", equalTo("must be open"));
        admin().when().post("/api/v1/cycles/" + cycle + "/publish").then().statusCode(409);
    }

    @Test
    void deliberationNeedsTheReviewsAndDecidedTheDecisionsAndWinners() {
        String cycle = Award.cycle("\"reviewsPerSubmission\": 1, \"winners\": 1");
        Award.phase(cycle, "open");
        String entry = Award.submitted(cycle, Award.CITY_A, "Deciding");
        Award.phase(cycle, "screening");
        Award.screen(entry, true);
        Award.assign(cycle, entry, Award.registerJuror(cycle, "KE"));
        Award.phase(cycle, "review");
        admin().header("If-Match", Award.cycleEtag(cycle)).contentType(ContentType.JSON).body("{\"phase\": \"deliberation\"}")
                .when().post("/api/v1/cycles/" + cycle + "/phase").then().statusCode(409)
                .body("violations[0].message", equalTo("1 eligible entry has fewer than 1 filed review"));
        Award.review(Award.assignmentOf(entry, "KE"), "KE", 5, 5, 5, 5);
        Award.phase(cycle, "deliberation");
        admin().header("If-Match", Award.cycleEtag(cycle)).contentType(ContentType.JSON).body("{\"phase\": \"decided\"}")
                .when().post("/api/v1/cycles/" + cycle + "/phase").then().statusCode(409)
                .body("violations.message", equalTo(List.of("1 eligible entry has no decision", "1 winner must be chosen; 0 are")));
        Award.decide(cycle, entry, "winner");
        Award.phase(cycle, "decided");
        // The phase endpoint publishes too, with the If-Match it always needs.
        admin().contentType(ContentType.JSON).body("{\"phase\": \"published\"}").when().post("/api/v1/cycles/" + cycle + "/phase")
                .then().statusCode(428);
        Award.phase(cycle, "published");
        given().when().get("/api/v1/cycles/" + cycle).then().body("phase", equalTo("published"));
    }

    @Test
    void cyclesAreListedLatestFirstAsJsonOrCsv() {
        given().queryParam("size", 100).when().get("/api/v1/cycles").then().statusCode(200)
                .body("items[-1].number", equalTo(6)).body("items[-2].number", equalTo(7));
        String csv = given().queryParam("format", "csv").when().get("/api/v1/cycles").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(
                "id,number,code,name,phase,submissionDeadline,timeZone,shortlistSize,winners,reviewsPerSubmission,publishedAt",
                csv.lines().findFirst().orElseThrow());
    }
}

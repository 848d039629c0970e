package org.urbaninnovation.submissions.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.urbaninnovation.submissions.TestClock;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A city's entry through the API: drafts, merge-patch autosaves, word limits, submission, extensions, withdrawal. */
@QuarkusTest
class SubmissionApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String openCycle() {
        String cycle = Award.cycle("\"wordLimits\": {\"abstract\": 10}");
        Award.phase(cycle, "open");
        return cycle;
    }

    private static io.restassured.response.ValidatableResponse patch(String id, String etag, String body) {
        return given().auth().oauth2(Award.city(Award.CITY_A)).header("If-Match", etag).contentType(Award.MERGE_PATCH).body(body)
                .when().patch("/api/v1/submissions/" + id).then();
    }

    @Test
    void aMergePatchMergesObjectsReplacesArraysAndRemovesNulls() {
        String id = Award.draft(openCycle(), Award.CITY_A, Award.complete("Merging", "CN"));
        patch(id, "\"0\"", "{\"city\": {\"population\": 1200000, \"growthRate\": \"2%\"}, \"themes\": [\"environmental\"],"
                + " \"partners\": null, \"sections\": {\"outcomes\": null}}").statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("city.name", equalTo("Testville"))
                .body("city.population", equalTo(1200000))
                .body("city.growthRate", equalTo("2%"))
                .body("themes", equalTo(List.of("environmental")))
                .body("partners", equalTo(null))
                .body("sections.outcomes", equalTo(null))
                .body("sections.abstract", equalTo("Walking buses take children to school."));
    }

    @Test
    void wordCountsShowASectionOverItsLimitAndSubmittingNamesIt() {
        String id = Award.draft(openCycle(), Award.CITY_A, Award.complete("Too long", "CN"));
        patch(id, "\"0\"", "{\"sections\": {\"abstract\": \"one two three four five six seven eight nine ten eleven\"}}")
                .statusCode(200)
                .body("wordCounts.abstract", equalTo(Map.of("words", 11, "limit", 10, "over", true)));
        given().auth().oauth2(Award.city(Award.CITY_A)).when().post("/api/v1/submissions/" + id + "/submit").then().statusCode(422)
                .body("violations", equalTo(List.of(Map.of("field", "sections.abstract", "message", "has 11 words; the limit is 10"))));
    }

    @Test
    void submittingAnIncompleteDraftListsEachGapAndKeepsItADraft() {
        String id = Award.draft(openCycle(), Award.CITY_A, "{\"title\": \"Only a title\"}");
        given().auth().oauth2(Award.city(Award.CITY_A)).when().post("/api/v1/submissions/" + id + "/submit").then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("summary", "sections.abstract", "sections.background",
                        "sections.keyMeasures", "sections.innovativeAspects", "sections.outcomes", "themes", "city",
                        "outcomeClaims", "contacts")));
        given().auth().oauth2(Award.city(Award.CITY_A)).when().get("/api/v1/submissions/" + id).then().body("status", equalTo("draft"));
    }

    @Test
    void aSubmitWithAStaleIfMatchIsRefused() {
        String id = Award.draft(openCycle(), Award.CITY_A, Award.complete("Reviewed first", "CN"));
        patch(id, "\"0\"", "{\"summary\": \"Changed in another tab.\"}").statusCode(200);
        given().auth().oauth2(Award.city(Award.CITY_A)).header("If-Match", "\"0\"")
                .when().post("/api/v1/submissions/" + id + "/submit").then().statusCode(412);
        given().auth().oauth2(Award.city(Award.CITY_A)).header("If-Match", "\"1\"")
                .when().post("/api/v1/submissions/" + id + "/submit").then().statusCode(200);
    }

    @Test
    void anExtensionLetsOneDraftBeSubmittedAfterTheDeadline() {
        String cycle = openCycle();
        Instant deadline = Instant.parse(given().when().get("/api/v1/cycles/" + cycle).then().extract().path("submissionDeadline"));
        String extended = Award.draft(cycle, Award.CITY_A, Award.complete("Extended", "CN"));
        String other = Award.draft(cycle, Award.CITY_A, Award.complete("Not extended", "CN"));
        Instant until = deadline.plusSeconds(86_400);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"until\": \"" + until + "\", \"reason\": \"Flooding closed the office.\"}")
                .when().post("/api/v1/submissions/" + extended + "/extension").then().statusCode(200)
                .body("deadline", equalTo(until.toString()))
                .body("extension.reason", equalTo("Flooding closed the office."));
        clock.freeze(deadline.plusSeconds(3600));
        given().auth().oauth2(Award.city(Award.CITY_A)).when().post("/api/v1/submissions/" + other + "/submit").then().statusCode(409);
        given().auth().oauth2(Award.city(Award.CITY_A)).when().post("/api/v1/submissions/" + extended + "/submit").then().statusCode(200)
                .body("status", equalTo("submitted"));
    }

    @Test
    void aWithdrawnEntryIsAnnouncedAndCannotBeEditedAgain() {
        String cycle = openCycle();
        String id = Award.submitted(cycle, Award.CITY_A, "Withdrawn");
        long seq = Award.lastSeq();
        given().auth().oauth2(Award.city(Award.CITY_A)).when().post("/api/v1/submissions/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("withdrawn"))
                .body("statusHistory.status", equalTo(List.of("draft", "submitted", "withdrawn")));
        var events = Award.eventsAfter(seq);
        assertEquals(1, events.size());
        assertEquals("submission.withdrawn", events.get(0).get("type"));
        patch(id, "*", "{\"summary\": \"Too late.\"}").statusCode(409);
        given().auth().oauth2(Award.city(Award.CITY_A)).when().post("/api/v1/submissions/" + id + "/withdraw").then().statusCode(409);
    }

    @Test
    void entriesAreCreatedOnlyInAnOpenCycle() {
        String draftCycle = Award.cycle("");
        given().auth().oauth2(Award.city(Award.CITY_A)).contentType(ContentType.JSON).body("{\"title\": \"Too early\"}")
                .when().post("/api/v1/cycles/" + draftCycle + "/submissions").then().statusCode(409);
        given().auth().oauth2(Award.city(Award.CITY_A)).contentType(ContentType.JSON).body("{\"title\": \"Nowhere\"}")
                .when().post("/api/v1/cycles/" + java.util.UUID.randomUUID() + "/submissions").then().statusCode(404);
    }

    @Test
    void entriesAreListedAsJsonOrCsvFilteredByStatus() {
        String cycle = openCycle();
        String submitted = Award.submitted(cycle, Award.CITY_A, "Listed, submitted");
        Award.draft(cycle, Award.CITY_A, "{\"title\": \"Listed, draft\"}");
        given().auth().oauth2(Award.city(Award.CITY_A)).queryParam("cycle", cycle).queryParam("status", "submitted")
                .when().get("/api/v1/submissions").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(submitted));
        String csv = given().auth().oauth2(Award.city(Award.CITY_A)).queryParam("cycle", cycle).accept("text/csv")
                .when().get("/api/v1/submissions").then().statusCode(200).header("X-Total-Count", equalTo("2")).extract().asString();
        assertEquals("id,cycleId,initiativeId,cityId,title,status,submittedAt,updatedAt", csv.lines().findFirst().orElseThrow());
        assertEquals(3, csv.lines().count());
    }
}

package org.urbaninnovation.submissions.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A cycle from its creation to its publication, through the API as each role uses it, and the
 * feed that tells the platform: one event per submission and decision, one award per winner, once.
 */
@QuarkusTest
class AwardFlowTest {

    @Test
    void aCycleGoesFromDraftToPublishedAndAnnouncesItsWinnerExactlyOnce() {
        long seq = Award.lastSeq();

        // The secretariat creates a cycle with four fields and gets the award's defaults.
        var created = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"number": 900, "name": "Flow cycle", "submissionDeadline": "%s", "timeZone": "Asia/Shanghai",
                         "winners": 1}""".formatted(Award.inDays(30)))
                .when().post("/api/v1/cycles").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo("gz-award-900"))
                .body("phase", equalTo("draft"))
                .body("criteria.code", equalTo(List.of("innovation", "effectiveness", "replicability", "significance")))
                .body("criteria.weight", equalTo(List.of(0.25f, 0.25f, 0.25f, 0.25f)))
                .body("reviewsPerSubmission", equalTo(3))
                .body("shortlistSize", equalTo(15))
                .body("wordLimits.keyMeasures", equalTo(1000))
                .extract();
        String cycle = created.path("id");
        Award.phase(cycle, "open");

        // A city drafts with a title, completes its draft by merge patches, and submits.
        var draft = Award.draftResponse(cycle, Award.CITY_A, "{\"title\": \"Walking school routes\"}");
        String entry = draft.path("id");
        assertEquals("\"0\"", draft.header("ETag"));
        String etag = given().auth().oauth2(Award.city(Award.CITY_A)).header("If-Match", "\"0\"").contentType(Award.MERGE_PATCH)
                .body(Award.complete("Walking school routes", "CN"))
                .when().patch("/api/v1/submissions/" + entry).then().statusCode(200)
                .body("wordCounts.abstract.words", equalTo(6))
                .body("wordCounts.abstract.limit", equalTo(300))
                .body("wordCounts.abstract.over", equalTo(false))
                .body("wordCounts.lessons.words", equalTo(0))
                .extract().header("ETag");
        given().auth().oauth2(Award.city(Award.CITY_A)).header("If-Match", etag).contentType(Award.MERGE_PATCH)
                .body("{\"tags\": null, \"sections\": {\"lessons\": \"Start with one school.\"}}")
                .when().patch("/api/v1/submissions/" + entry).then().statusCode(200)
                .body("tags", equalTo(null))
                .body("sections.abstract", equalTo("Walking buses take children to school."))
                .body("sections.lessons", equalTo("Start with one school."))
                .body("wordCounts.lessons.words", equalTo(4));
        given().auth().oauth2(Award.city(Award.CITY_A)).when().post("/api/v1/submissions/" + entry + "/submit")
                .then().statusCode(200).body("status", equalTo("submitted")).body("submittedAt", notNullValue())
                .body("statusHistory.status", equalTo(List.of("draft", "submitted")));

        // The technical committee screens, the secretariat registers jurors and assigns them.
        Award.phase(cycle, "screening");
        Award.screen(entry, true);
        for (String country : List.of("KE", "BR", "DE")) {
            Award.registerJuror(cycle, country);
        }
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"perSubmission\": 3}")
                .queryParam("dryRun", "true")
                .when().post("/api/v1/cycles/" + cycle + "/assignments/auto").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("created", equalTo(0)).body("assignments", hasSize(3));
        assertEquals(3, Award.autoAssign(cycle, 3));
        assertEquals(0, Award.autoAssign(cycle, 3));
        Award.phase(cycle, "review");

        // Each juror scores and files; the ranking puts the entry first with its exact figures.
        Award.review(Award.assignmentOf(entry, "KE"), "KE", 8, 7, 9, 8);
        Award.review(Award.assignmentOf(entry, "BR"), "BR", 6, 6, 6, 6);
        Award.review(Award.assignmentOf(entry, "DE"), "DE", 10, 9, 8, 9);
        given().auth().oauth2(Award.juror("BR")).when().get("/api/v1/submissions/" + entry + "/reviews")
                .then().statusCode(200).body("total", equalTo(3));
        Award.phase(cycle, "deliberation");
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/cycles/" + cycle + "/ranking").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].rank", equalTo(1))
                .body("items[0].submissionId", equalTo(entry))
                .body("items[0].reviews", equalTo(3))
                .body("items[0].weightedTotal", equalTo(7.667f))
                .body("items[0].rawMean", equalTo(7.667f))
                .body("items[0].normalizedMean", equalTo(0.0f))
                .body("items[0].criteria.innovation.mean", equalTo(8.0f))
                .body("items[0].disagreement", equalTo(false));

        // The secretariat decides, closes and publishes; publishing again announces nothing more.
        Award.decide(cycle, entry, "winner");
        Award.phase(cycle, "decided");
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/cycles/" + cycle + "/publish").then().statusCode(200)
                .body("phase", equalTo("published")).body("publishedAt", notNullValue());
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/cycles/" + cycle + "/publish").then().statusCode(200)
                .body("phase", equalTo("published"));
        given().auth().oauth2(Award.city(Award.CITY_A)).when().get("/api/v1/submissions/" + entry).then().statusCode(200)
                .body("status", equalTo("winner"));

        List<Map<String, Object>> events = Award.eventsAfter(seq);
        assertEquals(List.of("submission.submitted", "decision.recorded", "initiative.awarded"),
                events.stream().map(e -> e.get("type")).toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> award = (Map<String, Object>) events.get(2).get("payload");
        assertEquals(entry, award.get("initiativeId"));
        assertEquals(entry, award.get("submissionId"));
        assertEquals("winner", award.get("outcome"));
        assertEquals(Map.of("id", cycle, "code", "gz-award-900", "name", "Flow cycle", "number", 900), award.get("cycle"));
        @SuppressWarnings("unchecked")
        Map<String, Object> initiative = (Map<String, Object>) award.get("initiative");
        assertEquals("Walking school routes", initiative.get("title"));
        assertEquals(Award.CITY_A, initiative.get("cityId"));
        assertEquals("gz-award-900", initiative.get("cycle"));
        assertEquals(List.of("social_cultural"), initiative.get("themes"));
        assertEquals(List.of(), initiative.get("tags"));
        @SuppressWarnings("unchecked")
        Map<String, Object> city = (Map<String, Object>) award.get("city");
        assertEquals(Map.of("id", Award.CITY_A, "name", "Testville", "country", "Testland", "population", 1000000,
                "areaKm2", 500), city);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> claims = (List<Map<String, Object>>) award.get("outcomeClaims");
        assertEquals(1, claims.size());
        assertEquals(Map.of("value", 95, "qualifier", "exact", "period", "2023"), claims.get(0).get("result"));
        assertEquals("initiative", events.get(2).get("aggregateType"));
        assertEquals(entry, events.get(2).get("aggregateId"));
    }
}

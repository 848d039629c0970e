package org.urbaninnovation.submissions.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The ranking and the decisions through the API, and what publishing announces. */
@QuarkusTest
class DeliberationApiTest {

    /** A cycle in deliberation: one winner, a shortlist of two, three entries reviewed by Kenya's and Brazil's jurors. */
    private static Map<String, String> inDeliberation() {
        String cycle = Award.cycle("\"reviewsPerSubmission\": 2, \"winners\": 1, \"shortlistSize\": 2");
        Award.phase(cycle, "open");
        String first = Award.submitted(cycle, Award.CITY_A, "First");
        String second = Award.submitted(cycle, Award.CITY_A, "Second");
        String third = Award.submitted(cycle, Award.CITY_B, "Third");
        Award.phase(cycle, "screening");
        for (String entry : List.of(first, second, third)) {
            Award.screen(entry, true);
        }
        Award.registerJuror(cycle, "KE");
        Award.registerJuror(cycle, "BR");
        Award.autoAssign(cycle, 2);
        Award.phase(cycle, "review");
        Award.review(Award.assignmentOf(first, "KE"), "KE", 9, 9, 9, 9);
        Award.review(Award.assignmentOf(first, "BR"), "BR", 2, 2, 2, 2);
        Award.review(Award.assignmentOf(second, "KE"), "KE", 6, 6, 6, 6);
        Award.review(Award.assignmentOf(second, "BR"), "BR", 6, 6, 6, 6);
        Award.review(Award.assignmentOf(third, "KE"), "KE", 3, 3, 3, 3);
        Award.review(Award.assignmentOf(third, "BR"), "BR", 4, 4, 4, 4);
        Award.phase(cycle, "deliberation");
        return Map.of("cycle", cycle, "first", first, "second", second, "third", third);
    }

    @Test
    void theRankingShowsTheMeasuresSideBySideAndFlagsDisagreement() {
        Map<String, String> c = inDeliberation();
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/cycles/" + c.get("cycle") + "/ranking").then().statusCode(200)
                .header("X-Disagreement-Threshold", "2.0")
                .body("items.submissionId", equalTo(List.of(c.get("second"), c.get("first"), c.get("third"))))
                .body("items.weightedTotal", equalTo(List.of(6.0f, 5.5f, 3.5f)))
                .body("items.spread", equalTo(List.of(0.0f, 3.5f, 0.5f)))
                .body("items.disagreement", equalTo(List.of(false, true, false)))
                .body("items[1].criteria.innovation", equalTo(Map.of("mean", 5.5f, "spread", 3.5f)))
                .body("items.rank", equalTo(List.of(1, 2, 3)));
        String csv = given().auth().oauth2(Tokens.admin()).queryParam("format", "csv")
                .when().get("/api/v1/cycles/" + c.get("cycle") + "/ranking").then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("rank,submissionId,initiativeId,title,cityId,city,reviews,weightedTotal,rawMean,normalizedMean,spread,"
                + "disagreement,tied,innovationMean,innovationSpread,effectivenessMean,effectivenessSpread,replicabilityMean,"
                + "replicabilitySpread,significanceMean,significanceSpread", lines.get(0));
        assertEquals(4, lines.size());
        assertEquals(true, lines.get(1).startsWith("1,\"" + c.get("second") + "\","));
    }

    @Test
    void aRankingReadAgainShowsAReviewEditedSince() {
        String cycle = Award.cycle("\"reviewsPerSubmission\": 1");
        Award.phase(cycle, "open");
        String entry = Award.submitted(cycle, Award.CITY_A, "Edited after filing");
        Award.phase(cycle, "screening");
        Award.screen(entry, true);
        Award.registerJuror(cycle, "KE");
        Award.autoAssign(cycle, 1);
        Award.phase(cycle, "review");
        String assignment = Award.assignmentOf(entry, "KE");
        Award.review(assignment, "KE", 4, 4, 4, 4);
        String ranking = "/api/v1/cycles/" + cycle + "/ranking";
        given().auth().oauth2(Tokens.admin()).when().get(ranking).then().statusCode(200).body("items[0].weightedTotal", equalTo(4.0f));
        given().auth().oauth2(Tokens.admin()).when().get(ranking).then().statusCode(200).body("items[0].weightedTotal", equalTo(4.0f));
        // A filed review edited in review: the next read ranks the new scores.
        given().auth().oauth2(Award.juror("KE")).header("If-Match", Award.reviewEtag(assignment, "KE"))
                .contentType(io.restassured.http.ContentType.JSON)
                .body("{\"scores\": {\"innovation\": 8, \"effectiveness\": 8, \"replicability\": 8, \"significance\": 8},"
                        + " \"comment\": \"Looked again.\"}")
                .when().put("/api/v1/assignments/" + assignment + "/review").then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).when().get(ranking).then().statusCode(200).body("items[0].weightedTotal", equalTo(8.0f))
                .body("total", equalTo(1));
    }

    @Test
    void decisionsStayWithinTheWinnersAndTheShortlistAndALaterOneSupersedes() {
        Map<String, String> c = inDeliberation();
        String cycle = c.get("cycle");
        Award.decide(cycle, c.get("first"), "winner");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"submissionId\": \"" + c.get("second") + "\", \"outcome\": \"winner\", \"rationale\": \"Also great.\"}")
                .when().post("/api/v1/cycles/" + cycle + "/decisions").then().statusCode(409)
                .body("violations[0].message", equalTo("would make 2 winners; the cycle has 1"));
        Award.decide(cycle, c.get("second"), "shortlisted");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"submissionId\": \"" + c.get("third") + "\", \"outcome\": \"special_mention\", \"rationale\": \"Brave.\"}")
                .when().post("/api/v1/cycles/" + cycle + "/decisions").then().statusCode(409)
                .body("violations[0].message", equalTo("would make a shortlist of 3; the cycle's is 2"));
        Award.decide(cycle, c.get("second"), "special_mention");
        Award.decide(cycle, c.get("third"), "not_selected");
        long seq = Award.lastSeq();
        Award.phase(cycle, "decided");
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/cycles/" + cycle + "/publish").then().statusCode(200);
        List<Map<String, Object>> events = Award.eventsAfter(seq);
        assertEquals(List.of("initiative.awarded", "initiative.awarded"), events.stream().map(e -> e.get("type")).toList());
        assertEquals(List.of("winner", "special_mention"),
                events.stream().map(e -> ((Map<?, ?>) e.get("payload")).get("outcome")).toList());
        given().auth().oauth2(Award.city(Award.CITY_B)).when().get("/api/v1/submissions/" + c.get("third")).then()
                .body("status", equalTo("not_selected"));
        given().auth().oauth2(Award.city(Award.CITY_A)).when().get("/api/v1/submissions/" + c.get("second")).then()
                .body("status", equalTo("special_mention"));
    }

    @Test
    void decisionsAreRecordedOnlyInDeliberationAndOnlyForEligibleEntries() {
        String cycle = Award.cycle("");
        Award.phase(cycle, "open");
        String entry = Award.submitted(cycle, Award.CITY_A, "Undecidable");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"submissionId\": \"" + entry + "\", \"outcome\": \"winner\", \"rationale\": \"Too soon.\"}")
                .when().post("/api/v1/cycles/" + cycle + "/decisions").then().statusCode(409);
    }
}

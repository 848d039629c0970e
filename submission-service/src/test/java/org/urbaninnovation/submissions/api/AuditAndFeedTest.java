package org.urbaninnovation.submissions.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** The audit trail (who, when, what, before and after, append-only) and the event feed's payloads. */
@QuarkusTest
class AuditAndFeedTest {

    @Inject
    DataSource dataSource;

    @Test
    void anAutosaveIsAuditedWithOnlyWhatItChanged() {
        String cycle = Award.cycle("");
        Award.phase(cycle, "open");
        String id = Award.draft(cycle, Award.CITY_A, Award.complete("Audited", "CN"));
        given().auth().oauth2(Award.city(Award.CITY_A)).header("If-Match", "\"0\"").contentType(Award.MERGE_PATCH)
                .body("{\"summary\": \"Changed.\", \"sections\": {\"lessons\": \"New.\"}}")
                .when().patch("/api/v1/submissions/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).queryParam("entity", id).when().get("/api/v1/audit").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.action", equalTo(List.of("submission.created", "submission.updated")))
                .body("items[1].actor", equalTo("city-" + Award.CITY_A))
                .body("items[1].cycleId", equalTo(cycle))
                .body("items[1].before", equalTo(Map.of("summary", "Safer streets near schools.", "sections", java.util.Collections.singletonMap("lessons", null))))
                .body("items[1].after", equalTo(Map.of("summary", "Changed.", "sections", Map.of("lessons", "New."))));
    }

    @Test
    void theAuditIsFilteredByCycleActorTypeAndTimeAndReadsAsCsv() {
        Instant before = Instant.now().minusSeconds(1);
        String cycle = Award.cycle("");
        Award.phase(cycle, "open");
        given().auth().oauth2(Tokens.admin()).queryParam("cycle", cycle).when().get("/api/v1/audit").then()
                .body("items.action", equalTo(List.of("cycle.created", "cycle.phase")))
                .body("items[1].before", equalTo(Map.of("phase", "draft")))
                .body("items[1].after", equalTo(Map.of("phase", "open")));
        given().auth().oauth2(Tokens.admin()).queryParam("cycle", cycle).queryParam("entityType", "submission")
                .when().get("/api/v1/audit").then().body("total", equalTo(0));
        given().auth().oauth2(Tokens.admin()).queryParam("cycle", cycle).queryParam("actor", "secretariat")
                .queryParam("from", before.toString()).queryParam("to", Instant.now().plusSeconds(60).toString())
                .when().get("/api/v1/audit").then().body("total", equalTo(2));
        given().auth().oauth2(Tokens.admin()).queryParam("cycle", cycle).queryParam("to", before.toString())
                .when().get("/api/v1/audit").then().body("total", equalTo(0));
        String csv = given().auth().oauth2(Tokens.admin()).queryParam("cycle", cycle).queryParam("format", "csv")
                .when().get("/api/v1/audit").then().statusCode(200).extract().asString();
        assertEquals("id,at,actor,action,entityType,entityId,cycleId,before,after", csv.lines().findFirst().orElseThrow());
        assertEquals(true, csv.contains("\"{\"\"phase\"\":\"\"open\"\"}\""));
        given().auth().oauth2(Tokens.admin()).queryParam("from", "2030-01-02T00:00:00Z").queryParam("to", "2030-01-01T00:00:00Z")
                .when().get("/api/v1/audit").then().statusCode(400).body("violations[0].field", equalTo("from"));
    }

    @Test
    void theAuditTrailRefusesUpdatesAndDeletes() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("update audit_entry set actor = 'someone else'"));
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_entry"));
        }
    }

    @Test
    void aSubmissionAndADecisionAreAnnouncedWithWhatAConsumerNeeds() {
        String cycle = Award.cycle("\"reviewsPerSubmission\": 1");
        Award.phase(cycle, "open");
        long seq = Award.lastSeq();
        String entry = Award.submitted(cycle, Award.CITY_A, "Announced");
        Award.phase(cycle, "screening");
        Award.screen(entry, true);
        Award.assign(cycle, entry, Award.registerJuror(cycle, "KE"));
        Award.phase(cycle, "review");
        Award.review(Award.assignmentOf(entry, "KE"), "KE", 7, 7, 7, 7);
        Award.phase(cycle, "deliberation");
        Award.decide(cycle, entry, "shortlisted");
        List<Map<String, Object>> events = Award.eventsAfter(seq);
        assertEquals(List.of("submission.submitted", "decision.recorded"), events.stream().map(e -> e.get("type")).toList());
        Map<?, ?> submitted = events.get(0);
        assertEquals("submission", submitted.get("aggregateType"));
        assertEquals(entry, submitted.get("aggregateId"));
        assertEquals(1, submitted.get("schemaVersion"));
        Map<?, ?> payload = (Map<?, ?>) submitted.get("payload");
        assertEquals(java.util.Set.of("submissionId", "initiativeId", "cycleId", "cycleCode", "cityId", "title", "status", "at"),
                payload.keySet());
        assertEquals("Announced", payload.get("title"));
        assertEquals("submitted", payload.get("status"));
        Map<?, ?> decision = (Map<?, ?>) events.get(1).get("payload");
        assertEquals(java.util.Set.of("decisionId", "submissionId", "initiativeId", "cycleId", "cycleCode", "outcome", "rationale",
                "decidedAt"), decision.keySet());
        assertEquals("shortlisted", decision.get("outcome"));
        assertEquals("Decided.", decision.get("rationale"));
    }

    @Test
    void theFeedIsPagedInOrder() {
        long last = Award.lastSeq();
        given().auth().oauth2(Tokens.service()).queryParam("after", last).when().get("/internal/v1/events").then()
                .body("items", equalTo(List.of())).body("lastSeq", equalTo((int) last));
        if (last >= 2) {
            given().auth().oauth2(Tokens.service()).queryParam("after", last - 2).queryParam("limit", 1)
                    .when().get("/internal/v1/events").then()
                    .body("items.seq", equalTo(List.of((int) last - 1))).body("lastSeq", equalTo((int) last - 1));
        }
    }
}

package org.urbaninnovation.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** The outbox feed: ordered, pageable by cursor, replayable from zero, seeded from the start. */
@QuarkusTest
class EventFeedTest {

    @Test
    void seedIsPublishedFromSequenceOne() {
        List<Map<String, Object>> events = given().auth().oauth2(Tokens.service()).queryParam("limit", 28)
                .when().get("/internal/v1/events").then().statusCode(200).extract().path("items");
        assertEquals(1, events.get(0).get("seq"));
        assertEquals(14, events.stream().filter(e -> "city.created".equals(e.get("type"))).count());
        assertEquals(14, events.stream().filter(e -> "initiative.created".equals(e.get("type"))).count());
        Map<?, ?> first = events.get(0);
        for (String field : List.of("seq", "id", "type", "aggregateType", "aggregateId", "occurredAt", "schemaVersion", "payload")) {
            assertTrue(first.containsKey(field), "envelope has " + field);
        }
    }

    @Test
    void cursorPagesWithoutGapsOrRepeats() {
        long after = 0;
        long expected = 1;
        while (true) {
            var page = given().auth().oauth2(Tokens.service()).queryParam("after", after).queryParam("limit", 5)
                    .when().get("/internal/v1/events").then().statusCode(200).extract().jsonPath();
            List<Integer> seqs = page.getList("items.seq");
            for (int seq : seqs) {
                assertEquals(expected++, seq);
            }
            if (seqs.isEmpty()) {
                assertEquals(after, page.getLong("lastSeq"));
                break;
            }
            after = page.getLong("lastSeq");
        }
    }

    @Test
    void initiativeEventsCarryWhatConsumersProject() {
        given().auth().oauth2(Tokens.service()).queryParam("limit", 500).when().get("/internal/v1/events").then()
                .body("items.find { it.aggregateId == '11111111-0000-4000-8000-000000000014' }.payload.sdgs", equalTo(List.of(11, 14, 15)))
                .body("items.find { it.aggregateId == '22222222-0000-4000-8000-000000000001' }.payload.population", equalTo(3036100));
    }

    @Test
    void limitsAreBounded() {
        for (String limit : List.of("0", "501", "many")) {
            given().auth().oauth2(Tokens.service()).queryParam("limit", limit).when().get("/internal/v1/events")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.service()).queryParam("after", -1).when().get("/internal/v1/events")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.service()).queryParam("after", 1_000_000).when().get("/internal/v1/events")
                .then().statusCode(200).body("items", hasSize(0)).body("lastSeq", equalTo(1_000_000));
    }
}

package org.urbaninnovation.metrics.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.commons.outbox.EventEnvelope;
import org.urbaninnovation.metrics.domain.Award;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The award's envelope and {@code initiative.awarded} payload, as the submission service publishes them, in this service's words. */
class SubmissionEventReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID XIANNING_ENTRY = UUID.fromString("33333333-0000-4000-8000-000000000101");

    private static JsonNode recorded(int seq) throws IOException {
        try (InputStream in = SubmissionEventReaderTest.class.getResourceAsStream("/feed/submission-events.json")) {
            return JSON.readTree(in).get(seq - 1);
        }
    }

    private static EventEnvelope event(String type, JsonNode payload) {
        return new EventEnvelope(6, UUID.randomUUID(), type, "initiative", XIANNING_ENTRY.toString(),
                OffsetDateTime.parse("2026-12-04T19:47:41Z"), 1, payload);
    }

    @Test
    void aRecordedAwardBringsItsPlaceAndItsClaims() throws IOException {
        Award award = SubmissionEventReader.award(event("initiative.awarded", recorded(6).get("payload"))).orElseThrow();
        assertEquals(List.of(XIANNING_ENTRY, XIANNING_ENTRY, "gz-award-7", "winner", "Child-Friendly School Routes for Every District",
                UUID.fromString("22222222-0000-4000-8000-000000000001"), "Xianning", "China", 3_036_100L),
                List.of(award.initiativeId(), award.submissionId(), award.cycleCode(), award.outcome(), award.title(),
                        award.cityId(), award.cityName(), award.country(), award.population()));
        assertEquals(List.of("social_cultural", "governance"), award.themes());
        assertEquals(List.of(3, 11), award.sdgs());
        assertEquals(new Award.Claim("Students walking to school", "%", "higher_is_better",
                new Award.Figure(new BigDecimal("30"), "exact", "2019"), new Award.Figure(new BigDecimal("95"), "exact", "2023"),
                "The proportion of students walking to school increased significantly from 30% to 95%."), award.claims().get(0));
        assertEquals(2, award.claims().size());
    }

    @Test
    void theFeedsOtherEventsAreNoAward() throws IOException {
        assertEquals(Optional.empty(), SubmissionEventReader.award(event("submission.submitted", recorded(1).get("payload"))));
        assertEquals(Optional.empty(), SubmissionEventReader.award(event("decision.recorded", recorded(3).get("payload"))));
    }

    @Test
    void whatTheProducerLeftOutReadsAsMissing() throws IOException {
        ObjectNode payload = (ObjectNode) recorded(6).get("payload");
        ((ObjectNode) payload.get("city")).remove("population");
        ((ObjectNode) payload.get("initiative")).remove(List.of("themes", "sdgs"));
        ObjectNode claim = (ObjectNode) payload.get("outcomeClaims").get(0);
        claim.remove(List.of("baseline", "evidence", "direction"));
        ((ObjectNode) claim.get("result")).remove(List.of("period", "qualifier"));
        Award award = SubmissionEventReader.award(event("initiative.awarded", payload)).orElseThrow();
        assertEquals(null, award.population());
        assertEquals(List.of(), award.themes());
        assertEquals(new Award.Claim("Students walking to school", "%", null, null,
                new Award.Figure(new BigDecimal("95"), null, null), null), award.claims().get(0));
    }

    @Test
    void anAwardMissingWhatPlacesItIsUnreadableAndSaysWhy() throws IOException {
        ObjectNode noId = (ObjectNode) recorded(6).get("payload");
        noId.put("initiativeId", "not-a-uuid");
        assertEquals("'initiativeId' is not a UUID", unreadable(noId));
        ObjectNode noCity = (ObjectNode) recorded(6).get("payload");
        noCity.remove("city");
        assertEquals("missing 'city'", unreadable(noCity));
        ObjectNode noTitle = (ObjectNode) recorded(6).get("payload");
        ((ObjectNode) noTitle.get("initiative")).put("title", " ");
        assertEquals("missing or empty 'title'", unreadable(noTitle));
        assertEquals("no payload object", unreadable(null));
    }

    private static String unreadable(JsonNode payload) {
        return assertThrows(SubmissionEventReader.Unreadable.class,
                () -> SubmissionEventReader.award(event("initiative.awarded", payload))).getMessage();
    }
}

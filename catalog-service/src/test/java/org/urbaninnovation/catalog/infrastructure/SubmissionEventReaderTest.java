package org.urbaninnovation.catalog.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.catalog.domain.Award;
import org.urbaninnovation.catalog.domain.Partner;
import org.urbaninnovation.commons.outbox.EventEnvelope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The award's {@code initiative.awarded}, as the submission service publishes it, in the catalogue's words. */
class SubmissionEventReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID HAIKOU_ENTRY = UUID.fromString("33333333-0000-4000-8000-000000000102");
    private static final UUID HAIKOU = UUID.fromString("22222222-0000-4000-8000-000000000008");

    private static JsonNode recorded(int seq) throws IOException {
        try (InputStream in = SubmissionEventReaderTest.class.getResourceAsStream("/feed/submission-events.json")) {
            return JSON.readTree(in).get(seq - 1).get("payload");
        }
    }

    private static EventEnvelope event(String type, JsonNode payload) {
        return new EventEnvelope(5, UUID.randomUUID(), type, "initiative", HAIKOU_ENTRY.toString(),
                OffsetDateTime.parse("2026-12-04T19:47:41Z"), 1, payload);
    }

    @Test
    void aRecordedAwardIsTheInitiativeTheCatalogueWillPublishAndItsCity() throws IOException {
        Award award = SubmissionEventReader.award(event("initiative.awarded", recorded(5))).orElseThrow();
        assertEquals(List.of(HAIKOU_ENTRY, "winner", Instant.parse("2026-12-04T19:47:40.992544472Z"),
                new Award.AwardedCycle("gz-award-7", "7th Guangzhou International Award for Urban Innovation", 7)),
                List.of(award.submissionId(), award.outcome(), award.publishedAt(), award.cycle()));
        var initiative = award.initiative();
        assertEquals(List.of(HAIKOU_ENTRY, "Wuyuan River Breeding Grounds for the Blue-Tailed Bee-Eater", HAIKOU, "gz-award-7",
                "evolutionary", List.of("environmental"), List.of(11, 15), List.of("biodiversity", "river"),
                List.of(new Partner("Haikou Forestry Bureau", "protection area management"))),
                List.of(initiative.id(), initiative.title(), initiative.cityId(), initiative.cycle(), initiative.innovationType(),
                        initiative.themes(), initiative.sdgs(), initiative.tags(), initiative.partners()));
        assertEquals(List.of("abstract", "background", "keyMeasures", "innovativeAspects", "outcomes").stream().sorted().toList(),
                initiative.sections().keySet().stream().sorted().toList());
        assertEquals(null, initiative.slug(), "settled on publishing");
        var city = award.city();
        assertEquals(List.of(HAIKOU, "Haikou", "China", 2_908_000L, new BigDecimal("2296.82"), "Trade, Tourism"),
                List.of(city.id(), city.name(), city.country(), city.population(), city.areaKm2(), city.mainSourcesOfProsperity()));
    }

    @Test
    void theFeedsOtherEventsAreNoAward() throws IOException {
        assertEquals(Optional.empty(), SubmissionEventReader.award(event("submission.submitted", recorded(1))));
        assertEquals(Optional.empty(), SubmissionEventReader.award(event("decision.recorded", recorded(3))));
    }

    @Test
    void whatTheProducerLeftOutReadsAsMissingOrEmpty() throws IOException {
        ObjectNode payload = (ObjectNode) recorded(5);
        ((ObjectNode) payload.get("initiative")).remove(List.of("tags", "partners", "innovationType", "summary"));
        ((ObjectNode) payload.get("city")).remove(List.of("population", "areaKm2"));
        payload.remove("publishedAt");
        Award award = SubmissionEventReader.award(event("initiative.awarded", payload)).orElseThrow();
        assertEquals(List.of(List.of(), List.of()), List.of(award.initiative().tags(), award.initiative().partners()));
        assertEquals(java.util.Arrays.asList(null, null, null, null), java.util.Arrays.asList(award.initiative().innovationType(),
                award.initiative().summary(), award.city().population(), award.publishedAt()));
    }

    @Test
    void anAwardMissingWhatThePublicationNeedsIsUnreadableAndSaysWhy() throws IOException {
        ObjectNode noCityName = (ObjectNode) recorded(5);
        ((ObjectNode) noCityName.get("city")).remove("name");
        assertEquals("missing or empty 'name'", unreadable(noCityName));
        ObjectNode noCycle = (ObjectNode) recorded(5);
        noCycle.remove("cycle");
        assertEquals("missing 'cycle'", unreadable(noCycle));
        ObjectNode badId = (ObjectNode) recorded(5);
        badId.put("submissionId", "42");
        assertEquals("'submissionId' is not a UUID", unreadable(badId));
        ObjectNode badTime = (ObjectNode) recorded(5);
        badTime.put("publishedAt", "yesterday");
        assertEquals("'publishedAt' is not an instant", unreadable(badTime));
    }

    private static String unreadable(JsonNode payload) {
        return assertThrows(SubmissionEventReader.Unreadable.class,
                () -> SubmissionEventReader.award(event("initiative.awarded", payload))).getMessage();
    }
}

package org.urbaninnovation.metrics.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.commons.outbox.EventEnvelope;
import org.urbaninnovation.metrics.domain.CatalogEvent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The catalogue's envelope and payloads, as the catalog-service publishes them, in this service's words. */
class CatalogEventReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID CITY = UUID.fromString("22222222-0000-4000-8000-000000000001");
    private static final UUID INITIATIVE = UUID.fromString("11111111-0000-4000-8000-000000000001");

    private static EventEnvelope event(long seq, String type, String aggregateType, String payload)
            throws JsonProcessingException {
        return new EventEnvelope(seq, UUID.randomUUID(), type, aggregateType, CITY.toString(),
                OffsetDateTime.parse("2026-11-28T12:00:00Z"), 1, payload == null ? null : JSON.readTree(payload));
    }

    @Test
    void aCityBringsItsPlaceAndPopulation() throws JsonProcessingException {
        assertEquals(new CatalogEvent.CityChanged(4, CITY, 3, "xianning", "Xianning", "China", 3_036_100L),
                CatalogEventReader.read(event(4, "city.updated", "city", """
                        {"id": "22222222-0000-4000-8000-000000000001", "slug": "xianning", "name": "Xianning",
                         "country": "China", "population": 3036100, "areaKm2": 9861, "version": 3}""")));
    }

    @Test
    void aCityWithoutAPrintedPopulationHasNone() throws JsonProcessingException {
        assertEquals(null, ((CatalogEvent.CityChanged) CatalogEventReader.read(event(5, "city.created", "city", """
                {"id": "22222222-0000-4000-8000-000000000001", "slug": "xianning", "name": "Xianning",
                 "country": "China", "population": null, "version": 0}"""))).population());
    }

    @Test
    void anInitiativeBringsItsCityThemesSdgsAndStatus() throws JsonProcessingException {
        assertEquals(new CatalogEvent.InitiativeChanged(7, INITIATIVE, 2, "walking-to-school", "Walking to school", CITY,
                "xianning", "Xianning", "China", "gz-award-6", List.of("social_cultural", "governance"), List.of(3, 11),
                "published"), CatalogEventReader.read(event(7, "initiative.updated", "initiative", """
                        {"id": "11111111-0000-4000-8000-000000000001", "slug": "walking-to-school",
                         "title": "Walking to school", "cityId": "22222222-0000-4000-8000-000000000001",
                         "citySlug": "xianning", "cityName": "Xianning", "country": "China", "cycle": "gz-award-6",
                         "themes": ["social_cultural", "governance"], "sdgs": [3, 11], "innovationType": null,
                         "status": "published", "version": 2}""")));
    }

    @Test
    void anEventMissingWhatTheProjectionNeedsIsUnreadableAndSaysWhy() throws JsonProcessingException {
        assertEquals(new CatalogEvent.Unreadable(9, "city.updated", "'id' is not a UUID"),
                CatalogEventReader.read(event(9, "city.updated", "city", """
                        {"id": "not-a-uuid", "name": "Nameless", "country": "Testland", "version": 99}""")));
        assertEquals(new CatalogEvent.Unreadable(10, "city.updated", "missing or empty 'slug'"),
                CatalogEventReader.read(event(10, "city.updated", "city", """
                        {"id": "22222222-0000-4000-8000-000000000001", "slug": " ", "name": "Xianning",
                         "country": "China", "version": 1}""")));
        assertEquals(new CatalogEvent.Unreadable(11, "initiative.updated", "missing 'version'"),
                CatalogEventReader.read(event(11, "initiative.updated", "initiative", """
                        {"id": "11111111-0000-4000-8000-000000000001"}""")));
        assertEquals(new CatalogEvent.Unreadable(12, "city.updated", "no payload object"),
                CatalogEventReader.read(event(12, "city.updated", "city", null)));
        assertEquals(new CatalogEvent.Unreadable(13, "award.granted", "unknown aggregate type award"),
                CatalogEventReader.read(event(13, "award.granted", "award", "{}")));
    }
}

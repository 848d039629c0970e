package org.urbaninnovation.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Winners entering the catalogue from the award, over the catalogue's ports in memory. */
class AwardPublicationTest {

    private final InMemoryCatalogue catalogue = new InMemoryCatalogue();
    private final AwardPublication publication = new AwardPublication(catalogue.initiatives, catalogue.cities,
            catalogue.cycles, catalogue.cityService(), catalogue.initiativeService());

    private static CityDraft city(UUID id, String name, String country) {
        return new CityDraft(id, null, name, country, 50_000L, null, new BigDecimal("12.5"), null, null, null, null, null,
                null, "Fishing", List.of());
    }

    private static Award award(UUID initiative, String title, CityDraft city, String cycle) {
        return new Award(UUID.randomUUID(), "winner", Instant.parse("2027-03-01T08:00:00Z"),
                new Award.AwardedCycle(cycle, "Award " + cycle, 7),
                new InitiativeDraft(initiative, null, title, null, city.id(), cycle, "A summary.",
                        Map.of("abstract", "An abstract."), "incremental", List.of("governance"), List.of(), List.of(11),
                        List.of(new Partner("City office", "lead")), null),
                city);
    }

    @Test
    void anAwardedInitiativeIsPublishedOnceWithItsSubmissionAsProvenanceByTheAward() {
        City known = catalogue.city("xianning", "Xianning");
        Award award = award(UUID.randomUUID(), "School routes", city(known.id, "Xianning", "China"), "gz-award-7");
        assertTrue(publication.publish(award));
        Initiative published = catalogue.storedInitiatives.get(award.initiative().id());
        assertEquals(List.of("xianning-school-routes", "gz-award-7", "published"),
                List.of(published.slug, published.cycleCode, published.status));
        assertEquals(Provenance.ofSubmission(award.submissionId()), published.provenance);
        assertEquals(List.of("award"), catalogue.revisionAuthors);
        assertEquals(List.of("initiative.created " + published.id), catalogue.published);
        assertEquals(Arrays.asList("Award gz-award-7", 2027), catalogue.storedCycles.get("gz-award-7"));

        assertFalse(publication.publish(award), "the same award again");
        assertEquals(1, catalogue.published.size());
    }

    @Test
    void aKnownCityIsLeftAsTheCatalogueHasIt() {
        City known = catalogue.city("xianning", "Xianning");
        known.population = 3_036_100L;
        publication.publish(award(UUID.randomUUID(), "School routes", city(known.id, "Renamed", "Elsewhere"), "gz-award-7"));
        assertEquals(List.of("Xianning", 3_036_100L, 0L), List.of(known.name, known.population, known.version));
        assertEquals(1, catalogue.storedCities.size());
    }

    @Test
    void anUnknownCityIsCreatedFromTheAwardAndAnnounced() {
        UUID id = UUID.randomUUID();
        Award award = award(UUID.randomUUID(), "Floating gardens", city(id, "Nowhere Bay", "Atlantis"), "gz-award-7");
        publication.publish(award);
        City created = catalogue.storedCities.get(id);
        assertEquals(List.of("nowhere-bay", "Nowhere Bay", "Atlantis", 50_000L, new BigDecimal("12.5"), "Fishing"),
                List.of(created.slug, created.name, created.country, created.population, created.areaKm2,
                        created.mainSourcesOfProsperity));
        assertEquals(List.of("city.created " + id, "initiative.created " + award.initiative().id()), catalogue.published);
        assertEquals("nowhere-bay-floating-gardens", catalogue.storedInitiatives.get(award.initiative().id()).slug);
    }

    @Test
    void aKnownCycleIsLeftAsItIs() {
        City known = catalogue.city("xianning", "Xianning");
        publication.publish(award(UUID.randomUUID(), "School routes", city(known.id, "Xianning", "China"), "gz-award-6"));
        assertEquals(Arrays.asList("6th Guangzhou International Award for Urban Innovation", null),
                catalogue.storedCycles.get("gz-award-6"));
    }

    @Test
    void takenSlugsGetTheCountryOrTheCycleThenTheId() {
        City known = catalogue.city("xianning", "Xianning");
        catalogue.initiative(known, "xianning-school-routes", "School routes");
        UUID namesake = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        publication.publish(award(first, "School routes", city(known.id, "Xianning", "China"), "gz-award-7"));
        publication.publish(award(UUID.randomUUID(), "Gardens", city(namesake, "Xianning", "Elsewhere"), "gz-award-7"));
        UUID third = UUID.randomUUID();
        publication.publish(award(third, "School routes", city(known.id, "Xianning", "China"), "gz-award-7"));
        assertEquals("xianning-school-routes-gz-award-7", catalogue.storedInitiatives.get(first).slug);
        assertEquals("xianning-elsewhere", catalogue.storedCities.get(namesake).slug);
        assertEquals("xianning-school-routes-" + third, catalogue.storedInitiatives.get(third).slug);
    }
}

package org.urbaninnovation.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.urbaninnovation.commons.domain.Conflict;
import org.urbaninnovation.commons.domain.InvalidInput;
import org.urbaninnovation.commons.domain.Violation;

/** What a draft must satisfy against the stored catalogue, and how each problem is named. */
class InitiativeChecksTest {

    private final InMemoryCatalogue catalogue = new InMemoryCatalogue();
    private final InitiativeChecks checks = catalogue.checks();
    private City haikou;

    @BeforeEach
    void storedCatalogue() {
        haikou = catalogue.city("haikou", "Haikou");
        catalogue.initiative(haikou, "haikou-bee-eater-protection", "Bee-eater protection");
    }

    private static InitiativeDraft draft(String title, UUID cityId) {
        return InMemoryCatalogue.draft(title, cityId);
    }

    private static InitiativeDraft withSlug(InitiativeDraft d, String slug) {
        return new InitiativeDraft(d.id(), slug, d.title(), d.contentsTitle(), d.cityId(), d.cycle(), d.summary(),
                d.sections(), d.innovationType(), d.themes(), d.tags(), d.sdgs(), d.partners(), d.provenance());
    }

    private static InitiativeDraft withId(InitiativeDraft d, UUID id) {
        return new InitiativeDraft(id, d.slug(), d.title(), d.contentsTitle(), d.cityId(), d.cycle(), d.summary(),
                d.sections(), d.innovationType(), d.themes(), d.tags(), d.sdgs(), d.partners(), d.provenance());
    }

    private static InitiativeDraft withCycle(InitiativeDraft d, String cycle) {
        return new InitiativeDraft(d.id(), d.slug(), d.title(), d.contentsTitle(), d.cityId(), cycle, d.summary(),
                d.sections(), d.innovationType(), d.themes(), d.tags(), d.sdgs(), d.partners(), d.provenance());
    }

    @Test
    void aNewInitiativeIsNamedAfterItsCityAndTitle() {
        Initiative created = checks.created(withCycle(draft("Mangrove Nurseries", haikou.id), "gz-award-6"));
        assertEquals("haikou-mangrove-nurseries", created.slug);
        assertEquals(haikou, created.city);
        assertEquals("gz-award-6", created.cycleCode);
    }

    @Test
    void everyProblemOfADraftIsNamedInOneRefusal() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> checks.created(withCycle(draft("Orphan", UUID.randomUUID()), "gz-award-99")));
        assertEquals(List.of(new Violation("cityId", "no city has this id"), new Violation("cycle", "is not a known award cycle")),
                refused.violations());
        assertEquals("cityId no city has this id; cycle is not a known award cycle", refused.getMessage());
    }

    @Test
    void aGivenIdMustBeFree() {
        UUID taken = catalogue.storedInitiatives.keySet().iterator().next();
        InvalidInput refused = assertThrows(InvalidInput.class, () -> checks.created(withId(draft("Twin", haikou.id), taken)));
        assertEquals(List.of(new Violation("id", "an initiative with this id already exists")), refused.violations());
    }

    @Test
    void aSlugTakenByAnotherInitiativeIsAConflictForOneDraft() {
        Conflict refused = assertThrows(Conflict.class,
                () -> checks.created(withSlug(draft("Copy", haikou.id), "haikou-bee-eater-protection")));
        assertEquals("The slug 'haikou-bee-eater-protection' is already used by another initiative.", refused.getMessage());
        assertEquals(List.of(new Violation("slug", "is already used by another initiative")), refused.violations());
    }

    @Test
    void inAnImportEachProblemIsNamedByTheDraftsIndex() {
        UUID twice = UUID.randomUUID();
        InvalidInput refused = assertThrows(InvalidInput.class, () -> checks.imported(List.of(
                withId(draft("Green roofs", haikou.id), twice),
                withId(draft("Green roofs", haikou.id), twice),
                withSlug(draft("Copy", haikou.id), "haikou-bee-eater-protection"),
                draft("Nowhere", UUID.randomUUID()))));
        assertEquals(List.of(
                new Violation("[1].id", "is used twice in this import"),
                new Violation("[1].slug", "is used twice in this import"),
                new Violation("[2].slug", "is already used by another initiative"),
                new Violation("[3].cityId", "no city has this id")), refused.violations());
    }

    @Test
    void anImportWithoutProblemsGivesEveryInitiative() {
        List<Initiative> created = checks.imported(List.of(draft("Green roofs", haikou.id), draft("Blue roofs", haikou.id)));
        assertEquals(List.of("haikou-green-roofs", "haikou-blue-roofs"), created.stream().map(i -> i.slug).toList());
    }

    @Test
    void aRevisionKeepsTheSlugUnlessTheDraftNamesAnother() {
        Initiative stored = catalogue.initiatives.byIdOrSlug("haikou-bee-eater-protection").orElseThrow();
        checks.revise(stored, draft("Protection of blue-tailed bee-eaters", haikou.id));
        assertEquals("haikou-bee-eater-protection", stored.slug);
        assertEquals("Protection of blue-tailed bee-eaters", stored.title);
        checks.revise(stored, withSlug(draft("Bee-eaters", haikou.id), "haikou-bee-eaters"));
        assertEquals("haikou-bee-eaters", stored.slug);
    }

    @Test
    void aRevisionIntoAnotherInitiativesSlugIsAConflictAndChangesNothing() {
        catalogue.initiative(haikou, "haikou-river-parks", "River parks");
        Initiative stored = catalogue.initiatives.byIdOrSlug("haikou-river-parks").orElseThrow();
        assertThrows(Conflict.class, () -> checks.revise(stored, withSlug(draft("Renamed", haikou.id), "haikou-bee-eater-protection")));
        assertEquals("haikou-river-parks", stored.slug);
        assertEquals("River parks", stored.title);
    }
}

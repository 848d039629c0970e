package org.urbaninnovation.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.commons.domain.Conflict;
import org.urbaninnovation.commons.domain.ExpectedVersion;
import org.urbaninnovation.commons.domain.NotFound;
import org.urbaninnovation.commons.domain.StaleVersion;
import org.urbaninnovation.commons.domain.Violation;

/** Cities as the secretariat adds and corrects them. */
class CityServiceTest {

    private final InMemoryCatalogue catalogue = new InMemoryCatalogue();
    private final CityService service = catalogue.cityService();

    private static CityDraft draft(UUID id, String slug, String name) {
        return new CityDraft(id, slug, name, "Testland", 120_000L, "120,000", null, null, null, null, null, null, null,
                "Fishing", null);
    }

    @Test
    void aNewCityIsNamedAfterItselfAndPublished() {
        City city = service.create(draft(null, null, "Test Harbour"));
        assertEquals("test-harbour", city.slug);
        assertEquals(List.of(), city.dataQualityNotes);
        assertEquals(List.of("city.created " + city.id), catalogue.published);
    }

    @Test
    void aSlugOrAnIdAlreadyUsedIsAConflictNamingTheField() {
        City harbour = service.create(draft(null, null, "Test Harbour"));
        Conflict slug = assertThrows(Conflict.class, () -> service.create(draft(null, null, "Test Harbour")));
        assertEquals(List.of(new Violation("slug", "is already used by another city")), slug.violations());
        Conflict id = assertThrows(Conflict.class, () -> service.create(draft(harbour.id, "other", "Other")));
        assertEquals(List.of(new Violation("id", "is already used by another city")), id.violations());
        assertEquals(1, catalogue.published.size());
    }

    @Test
    void aCorrectionNeedsTheVersionTheClientReadWhichCoversTheCitysInitiatives() {
        City harbour = service.create(draft(null, null, "Test Harbour"));
        String read = service.currentVersion(harbour);
        assertEquals("0.0-0", read);
        catalogue.initiative(harbour, "test-harbour-ferries", "Ferries");
        assertEquals("0.1-0", service.currentVersion(harbour));
        assertThrows(StaleVersion.class, () -> service.update(harbour.id, draft(null, null, "Harbour"), ExpectedVersion.of(read)));

        City corrected = service.update(harbour.id, draft(null, null, "Harbour"), ExpectedVersion.of("0.1-0"));
        assertEquals("Harbour", corrected.name);
        assertEquals("test-harbour", corrected.slug, "the slug stays unless the draft names another");
        assertEquals("city.updated " + harbour.id, catalogue.published.get(1));
    }

    @Test
    void anUnknownCityIsNotFound() {
        UUID unknown = UUID.randomUUID();
        NotFound missing = assertThrows(NotFound.class, () -> service.update(unknown, draft(null, null, "X"), ExpectedVersion.ANY));
        assertEquals("No city has the id '" + unknown + "'.", missing.getMessage());
        assertEquals("No city has the id or slug 'atlantis'.",
                assertThrows(NotFound.class, () -> service.get("atlantis")).getMessage());
    }
}

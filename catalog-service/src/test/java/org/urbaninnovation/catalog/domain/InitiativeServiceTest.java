package org.urbaninnovation.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.urbaninnovation.commons.domain.Conflict;
import org.urbaninnovation.commons.domain.ExpectedVersion;
import org.urbaninnovation.commons.domain.InvalidInput;
import org.urbaninnovation.commons.domain.NotFound;
import org.urbaninnovation.commons.domain.StaleVersion;

/** The use cases: each change is stored with its revision and its event, and a refused one leaves no trace. */
class InitiativeServiceTest {

    private final InMemoryCatalogue catalogue = new InMemoryCatalogue();
    private final InitiativeService service = catalogue.initiativeService();
    private City haikou;

    @BeforeEach
    void storedCity() {
        haikou = catalogue.city("haikou", "Haikou");
    }

    @Test
    void aCreatedInitiativeIsPublishedWithItsFirstRevisionAndEvent() {
        Initiative created = service.create(InMemoryCatalogue.draft("Mangrove nurseries", haikou.id), "secretariat");
        assertEquals(Initiative.PUBLISHED, created.status);
        assertEquals(created.publishedAt, created.updatedAt);
        assertEquals("0.0", created.currentVersion());
        assertEquals(List.of("initiative.created " + created.id), catalogue.published);
        assertEquals(0, catalogue.recorded.get(0).version());
        assertEquals(List.of(6, 11), catalogue.recorded.get(0).sdgs());
    }

    @Test
    void anUpdateNeedsTheVersionTheClientRead() {
        Initiative created = service.create(InMemoryCatalogue.draft("Mangrove nurseries", haikou.id), "secretariat");
        StaleVersion stale = assertThrows(StaleVersion.class, () -> service.update(created.id,
                InMemoryCatalogue.draft("Mangrove forests", haikou.id), ExpectedVersion.of("7.0"), "secretariat"));
        assertEquals("0.0", stale.current());
        assertEquals("The initiative has changed since you read it; read it again and reapply your change.", stale.getMessage());
        assertEquals("Mangrove nurseries", created.title);
        assertEquals(1, catalogue.published.size(), "no event for the refused update");

        Initiative updated = service.update(created.id, InMemoryCatalogue.draft("Mangrove forests", haikou.id),
                ExpectedVersion.of("0.0"), "secretariat");
        assertEquals("1.0", updated.currentVersion());
        assertEquals("initiative.updated " + created.id, catalogue.published.get(1));
        assertEquals(1, catalogue.recorded.get(1).version());
    }

    @Test
    void aWithdrawnInitiativeIsNeitherEditedNorWithdrawnAgain() {
        Initiative created = service.create(InMemoryCatalogue.draft("Mangrove nurseries", haikou.id), "secretariat");
        service.withdraw(created.id, ExpectedVersion.ANY, "secretariat");
        assertEquals(List.of("initiative.created " + created.id, "initiative.withdrawn " + created.id), catalogue.published);
        assertEquals(List.of("published", "withdrawn"), catalogue.recorded.stream().map(InitiativeSnapshot::status).toList());

        Conflict edit = assertThrows(Conflict.class, () -> service.update(created.id,
                InMemoryCatalogue.draft("Again", haikou.id), ExpectedVersion.ANY, "secretariat"));
        assertEquals("A withdrawn initiative cannot be edited.", edit.getMessage());
        assertThrows(Conflict.class, () -> service.withdraw(created.id, ExpectedVersion.ANY, "secretariat"));
        assertThrows(NotFound.class, () -> service.getPublished(created.id.toString()));
        assertSame(created, service.get(created.id), "the secretariat still reads it");
        assertEquals(2, catalogue.published.size());
    }

    @Test
    void anImportWithOneBadDraftStoresNothing() {
        assertThrows(InvalidInput.class, () -> service.importAll(List.of(InMemoryCatalogue.draft("Green roofs", haikou.id),
                InMemoryCatalogue.draft("Nowhere", UUID.randomUUID())), "secretariat"));
        assertEquals(Map.of(), catalogue.storedInitiatives);
        assertEquals(List.of(), catalogue.published);
        assertEquals(List.of(), catalogue.recorded);
    }

    @Test
    void textWithNothingSearchableMatchesNothingWithoutAQuery() {
        SearchResult result = service.search(new SearchCriteria(SearchQuery.parse("!!! ::: &&"), null, null, null, null,
                null, null, SearchCriteria.Sort.RELEVANCE, 0, 20));
        assertEquals(SearchResult.NOTHING, result);
    }

    @Test
    void everyThemeIsCountedZeroIncluded() {
        service.create(InMemoryCatalogue.draft("Mangrove nurseries", haikou.id), "secretariat");
        assertEquals(Map.of("social_cultural", 0L, "economic", 0L, "environmental", 1L, "governance", 0L, "technology", 0L),
                service.themeCounts());
    }
}

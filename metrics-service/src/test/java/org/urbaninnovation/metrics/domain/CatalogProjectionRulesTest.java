package org.urbaninnovation.metrics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.metrics.domain.CatalogEvent.CityChanged;
import org.urbaninnovation.metrics.domain.CatalogEvent.InitiativeChanged;
import org.urbaninnovation.metrics.domain.CatalogEvent.Unreadable;
import org.urbaninnovation.metrics.domain.CatalogProjection.Applied;

/**
 * The rules of the catalogue projection, on events already in this service's words and a store in
 * memory (the recorded feed through HTTP and PostgreSQL: {@code projection.CatalogProjectionTest}).
 */
class CatalogProjectionRulesTest {

    private static final UUID CITY = UUID.fromString("33333333-0000-4000-8000-000000000001");
    private static final UUID INITIATIVE = UUID.fromString("33333333-0000-4000-8000-000000000002");

    private final InMemoryProjection store = new InMemoryProjection();
    private final FiredEvents<FiguresChanged> changed = new FiredEvents<>();
    private final CatalogProjection projection = new CatalogProjection(store, changed);

    private static CityChanged city(long seq, long version, String name) {
        return new CityChanged(seq, CITY, version, "testville", name, "Testland", 1_000_000L);
    }

    private static InitiativeChanged initiative(long seq, long version, String title, String status) {
        return new InitiativeChanged(seq, INITIATIVE, version, "test-initiative", title, CITY, "testville", "Testville",
                "Testland", "gz-award-6", List.of("economic"), List.of(8), status);
    }

    @Test
    void aPageIsAppliedAndTheCursorMovesToItsLastEvent() {
        Applied applied = projection.apply(0, List.of(city(1, 0, "Testville"), initiative(2, 0, "Test initiative", "published")));
        assertEquals(new Applied(2, 0, 0, 0, 2), applied);
        assertEquals(2, store.cursor);
        assertEquals("Testville", store.cities.get(CITY).name);
        assertEquals(1_000_000L, store.cities.get(CITY).population);
        assertEquals(List.of("economic"), List.of(store.initiatives.get(INITIATIVE).themes));
        assertEquals(List.of(8), List.of(store.initiatives.get(INITIATIVE).sdgs));
        assertEquals(1, changed.fired.size());
    }

    @Test
    void eventsAtOrBelowTheCursorAreDuplicatesAndChangeNothing() {
        projection.apply(0, List.of(city(1, 0, "Testville"), city(2, 1, "Testville B")));
        Applied again = projection.apply(2, List.of(city(1, 0, "Testville"), city(2, 1, "Testville B"), city(3, 2, "Testville C")));
        assertEquals(new Applied(1, 2, 0, 0, 3), again);
        assertEquals("Testville C", store.cities.get(CITY).name);
        assertEquals(3, store.eventsRead);
    }

    @Test
    void aPageThatDoesNotStartAtTheCursorIsLeftAlone() {
        projection.apply(0, List.of(city(1, 0, "Testville")));
        assertEquals(new Applied(0, 1, 0, 0, 1), projection.apply(0, List.of(city(1, 0, "Other"))));
        assertEquals("Testville", store.cities.get(CITY).name);
    }

    @Test
    void anEventOlderThanTheStoredStateChangesNothing() {
        projection.apply(0, List.of(initiative(1, 2, "Test initiative", "published")));
        changed.fired.clear();
        Applied stale = projection.apply(1, List.of(initiative(2, 1, "An older title", "published")));
        assertEquals(new Applied(0, 0, 1, 0, 2), stale);
        assertEquals("Test initiative", store.initiatives.get(INITIATIVE).title);
        assertEquals(2, store.initiatives.get(INITIATIVE).version);
        assertEquals(List.of(), changed.fired, "nothing public changed");
    }

    @Test
    void anUnreadableEventIsSkippedAndCountedWithoutBlockingTheNext() {
        Applied applied = projection.apply(0, List.of(new Unreadable(1, "city.updated", "'id' is not a UUID"),
                city(2, 0, "Testville")));
        assertEquals(new Applied(1, 0, 0, 1, 2), applied);
        assertEquals(2, store.cursor);
        assertEquals(2, store.eventsRead);
    }

    @Test
    void aPageOutOfOrderIsAppliedBySequence() {
        Applied applied = projection.apply(0, List.of(city(3, 2, "Testville"), city(2, 1, "Testville A"), city(1, 0, "T")));
        assertEquals(new Applied(3, 0, 0, 0, 3), applied);
        assertEquals("Testville", store.cities.get(CITY).name);
        assertEquals(2, store.cities.get(CITY).version);
    }

    @Test
    void aWithdrawnInitiativeLeavesPublicReadsAndComesBackWithItsNextVersion() {
        projection.apply(0, List.of(initiative(1, 0, "Test initiative", "published")));
        assertTrue(store.initiatives.get(INITIATIVE).inPublicReads());
        projection.apply(1, List.of(initiative(2, 1, "Test initiative", CatalogInitiative.WITHDRAWN)));
        assertFalse(store.initiatives.get(INITIATIVE).inPublicReads());
        projection.apply(2, List.of(initiative(3, 2, "Test initiative", "published")));
        assertTrue(store.initiatives.get(INITIATIVE).inPublicReads());
    }

    @Test
    void aRenamedCityRenamesItsInitiativesPlace() {
        projection.apply(0, List.of(city(1, 0, "Testville"), initiative(2, 0, "Test initiative", "published")));
        projection.apply(2, List.of(new CityChanged(3, CITY, 1, "testville-renamed", "Testville Renamed", "Otherland", null)));
        CatalogInitiative initiative = store.initiatives.get(INITIATIVE);
        assertEquals(List.of("testville-renamed", "Testville Renamed", "Otherland"),
                List.of(initiative.citySlug, initiative.cityName, initiative.country));
        assertEquals(null, store.cities.get(CITY).population);
    }

    @Test
    void aReplayReplacesTheProjectionByTheFirstPage() {
        projection.apply(0, List.of(city(1, 0, "Testville"), initiative(2, 0, "Test initiative", "published")));
        changed.fired.clear();
        Applied first = projection.replaceWith(List.of(city(1, 0, "Testville")));
        assertEquals(new Applied(1, 0, 0, 0, 1), first);
        assertEquals(List.of(CITY), List.copyOf(store.cities.keySet()));
        assertTrue(store.initiatives.isEmpty());
        assertEquals(1, store.eventsRead);
        assertEquals(2, changed.fired.size(), "the cleared projection, then the applied page");
    }
}

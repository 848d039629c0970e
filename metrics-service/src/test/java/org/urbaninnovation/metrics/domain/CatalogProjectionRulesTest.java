package org.urbaninnovation.metrics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.metrics.domain.CatalogEvent.CityChanged;
import org.urbaninnovation.metrics.domain.CatalogEvent.InitiativeChanged;

/**
 * The rules of the catalogue projection, on events already in this service's words and a store in
 * memory. Pages, the cursor, duplicates, disorder and unreadable events are the platform's feed
 * consumer's ({@code commons.feed.FeedConsumerTest}); the recorded feed through HTTP and
 * PostgreSQL is {@code projection.CatalogProjectionTest}.
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

    private static Award award(UUID initiative, UUID city) {
        return new Award(initiative, UUID.fromString("33333333-0000-4000-8000-000000000101"), "gz-award-7", "winner",
                "Awarded initiative", city, "Awardville", "Awardland", 250_000L, List.of("environmental"), List.of(6, 11),
                List.of());
    }

    @Test
    void aCityAndAnInitiativeAreKeptWithTheirPlaceThemesAndSdgs() {
        assertTrue(projection.apply(city(1, 0, "Testville")));
        assertTrue(projection.apply(initiative(2, 0, "Test initiative", "published")));
        assertEquals("Testville", store.cities.get(CITY).name);
        assertEquals(1_000_000L, store.cities.get(CITY).population);
        assertEquals(List.of("economic"), List.of(store.initiatives.get(INITIATIVE).themes));
        assertEquals(List.of(8), List.of(store.initiatives.get(INITIATIVE).sdgs));
        assertEquals(2, changed.fired.size());
    }

    @Test
    void anEventOlderThanTheStoredStateChangesNothing() {
        projection.apply(initiative(1, 2, "Test initiative", "published"));
        changed.fired.clear();
        assertFalse(projection.apply(initiative(2, 1, "An older title", "published")));
        assertEquals("Test initiative", store.initiatives.get(INITIATIVE).title);
        assertEquals(2, store.initiatives.get(INITIATIVE).version);
        assertEquals(List.of(), changed.fired, "nothing public changed");
    }

    @Test
    void theSameVersionAgainIsAppliedAgainAndChangesNothingElse() {
        projection.apply(city(1, 3, "Testville"));
        assertTrue(projection.apply(city(2, 3, "Testville")));
        assertEquals(3, store.cities.get(CITY).version);
        assertEquals(1, store.cities.size());
    }

    @Test
    void aWithdrawnInitiativeLeavesPublicReadsAndComesBackWithItsNextVersion() {
        projection.apply(initiative(1, 0, "Test initiative", "published"));
        assertTrue(store.initiatives.get(INITIATIVE).inPublicReads());
        projection.apply(initiative(2, 1, "Test initiative", CatalogInitiative.WITHDRAWN));
        assertFalse(store.initiatives.get(INITIATIVE).inPublicReads());
        projection.apply(initiative(3, 2, "Test initiative", "published"));
        assertTrue(store.initiatives.get(INITIATIVE).inPublicReads());
    }

    @Test
    void aRenamedCityRenamesItsInitiativesPlace() {
        projection.apply(city(1, 0, "Testville"));
        projection.apply(initiative(2, 0, "Test initiative", "published"));
        projection.apply(new CityChanged(3, CITY, 1, "testville-renamed", "Testville Renamed", "Otherland", null));
        CatalogInitiative initiative = store.initiatives.get(INITIATIVE);
        assertEquals(List.of("testville-renamed", "Testville Renamed", "Otherland"),
                List.of(initiative.citySlug, initiative.cityName, initiative.country));
        assertEquals(null, store.cities.get(CITY).population);
    }

    @Test
    void clearingForgetsEveryCityAndInitiativeAndDropsPublicAnswers() {
        projection.apply(city(1, 0, "Testville"));
        projection.apply(initiative(2, 0, "Test initiative", "published"));
        changed.fired.clear();
        projection.clear();
        assertTrue(store.cities.isEmpty());
        assertTrue(store.initiatives.isEmpty());
        assertEquals(1, changed.fired.size());
    }

    @Test
    void anAwardBeforeTheCataloguesEventsPlacesTheInitiativeAndItsNewCityBelowAnyCatalogueVersion() {
        UUID awarded = UUID.randomUUID();
        UUID newCity = UUID.randomUUID();
        assertTrue(projection.placeAwarded(award(awarded, newCity)));
        CatalogInitiative initiative = store.initiatives.get(awarded);
        assertEquals(List.of("Awarded initiative", "Awardville", "Awardland", "gz-award-7", "published", ""),
                List.of(initiative.title, initiative.cityName, initiative.country, initiative.cycle, initiative.status,
                        initiative.slug));
        assertEquals(List.of("environmental"), List.of(initiative.themes));
        assertEquals(List.of(6, 11), List.of(initiative.sdgs));
        assertEquals(CatalogProjection.FROM_AWARD, initiative.version);
        CatalogCity city = store.cities.get(newCity);
        assertEquals(List.of("Awardville", "Awardland", 250_000L, CatalogProjection.FROM_AWARD),
                List.of(city.name, city.country, city.population, city.version));
        assertEquals(1, changed.fired.size());
    }

    @Test
    void theCataloguesFirstEventReplacesWhatTheAwardPlaced() {
        UUID awarded = UUID.randomUUID();
        projection.placeAwarded(award(awarded, CITY));
        assertTrue(projection.apply(new InitiativeChanged(5, awarded, 0, "testville-awarded-initiative", "Awarded initiative",
                CITY, "testville", "Testville", "Testland", "gz-award-7", List.of("environmental"), List.of(6, 11),
                "published")));
        assertTrue(projection.apply(city(6, 0, "Testville")));
        assertEquals("testville-awarded-initiative", store.initiatives.get(awarded).slug);
        assertEquals(0, store.initiatives.get(awarded).version);
        assertEquals(List.of("testville", "Testville", 0L),
                List.of(store.cities.get(CITY).slug, store.cities.get(CITY).name, store.cities.get(CITY).version));
    }

    @Test
    void anAwardAfterTheCataloguesEventsReplacesNothing() {
        projection.apply(city(1, 4, "Testville"));
        projection.apply(initiative(2, 3, "Test initiative", "published"));
        changed.fired.clear();
        assertFalse(projection.placeAwarded(award(INITIATIVE, CITY)));
        assertEquals("Test initiative", store.initiatives.get(INITIATIVE).title);
        assertEquals(3, store.initiatives.get(INITIATIVE).version);
        assertEquals(List.of("Testville", 4L), List.of(store.cities.get(CITY).name, store.cities.get(CITY).version));
        assertEquals(List.of(), changed.fired);
    }

    @Test
    void anAwardedInitiativeInACityTheCatalogueDescribedTakesTheCataloguesPlace() {
        projection.apply(city(1, 2, "Testville"));
        UUID awarded = UUID.randomUUID();
        projection.placeAwarded(award(awarded, CITY));
        CatalogInitiative initiative = store.initiatives.get(awarded);
        assertEquals(List.of("testville", "Testville", "Testland"),
                List.of(initiative.citySlug, initiative.cityName, initiative.country));
        assertEquals(2, store.cities.get(CITY).version, "the catalogue's city is kept");
    }
}

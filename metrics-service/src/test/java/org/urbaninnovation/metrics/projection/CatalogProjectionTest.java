package org.urbaninnovation.metrics.projection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.urbaninnovation.metrics.RecordedCatalogFeed;
import org.urbaninnovation.metrics.RecordedFeed.Mode;
import org.urbaninnovation.metrics.domain.CatalogCity;
import org.urbaninnovation.metrics.domain.CatalogInitiative;
import org.urbaninnovation.metrics.infrastructure.CatalogFeedPoller;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The projection of the catalogue from its recorded feed, through duplicates, disorder, outages and replays. */
@QuarkusTest
class CatalogProjectionTest {

    private static final UUID XIANNING = UUID.fromString("22222222-0000-4000-8000-000000000001");
    private static final UUID XIANNING_INITIATIVE = UUID.fromString("11111111-0000-4000-8000-000000000001");

    @Inject
    CatalogFeedPoller poller;
    @Inject
    EntityManager em;

    @BeforeEach
    void caughtUp() {
        RecordedCatalogFeed.mode(Mode.NORMAL);
        poller.pollToEnd();
    }

    @AfterEach
    void normal() {
        RecordedCatalogFeed.mode(Mode.NORMAL);
    }

    @Test
    void appliesTheRecordedFeedWithTheServiceToken() {
        assertEquals(RecordedCatalogFeed.eventCount(), storedCursor());
        assertEquals("Bearer recorded-feed-token", RecordedCatalogFeed.lastAuthorization());
        CatalogCity xianning = find(CatalogCity.class, XIANNING);
        assertEquals("Xianning", xianning.name);
        assertEquals("China", xianning.country);
        assertEquals(3_036_100L, xianning.population);
        CatalogInitiative initiative = find(CatalogInitiative.class, XIANNING_INITIATIVE);
        assertEquals("xianning", initiative.citySlug);
        assertTrue(List.of(initiative.themes).contains("social_cultural"));
        assertTrue(count("CatalogInitiative") >= 15);
    }

    @Test
    void pollingAgainAppliesNothing() {
        int requests = RecordedCatalogFeed.requests();
        assertEquals(0, poller.pollToEnd());
        assertEquals(RecordedCatalogFeed.eventCount(), storedCursor());
        assertEquals(requests + 1, RecordedCatalogFeed.requests(), "one short page means the end of the feed");
    }

    @Test
    void eventsServedAgainAreDuplicatesAndChangeNothing() {
        long cities = count("CatalogCity");
        CatalogCity before = find(CatalogCity.class, UUID.fromString(RecordedCatalogFeed.TEST_CITY));
        RecordedCatalogFeed.mode(Mode.FROM_START_AGAIN);
        assertEquals(0, poller.pollToEnd());
        assertEquals(RecordedCatalogFeed.eventCount(), storedCursor());
        assertEquals(cities, count("CatalogCity"));
        CatalogCity after = find(CatalogCity.class, UUID.fromString(RecordedCatalogFeed.TEST_CITY));
        assertEquals(before.version, after.version, "the first events were not applied a second time");
        assertEquals(before.name, after.name);
    }

    @Test
    void aPageOutOfOrderIsAppliedInSequence() {
        long version = find(CatalogCity.class, UUID.fromString(RecordedCatalogFeed.TEST_CITY)).version;
        RecordedCatalogFeed.append("city.updated", "city", RecordedCatalogFeed.TEST_CITY,
                RecordedCatalogFeed.city(version + 1, "Testville A"));
        RecordedCatalogFeed.append("city.updated", "city", RecordedCatalogFeed.TEST_CITY,
                RecordedCatalogFeed.city(version + 2, "Testville"));
        RecordedCatalogFeed.mode(Mode.REVERSED);
        assertEquals(2, poller.pollToEnd());
        assertEquals(RecordedCatalogFeed.eventCount(), storedCursor());
        assertEquals("Testville", find(CatalogCity.class, UUID.fromString(RecordedCatalogFeed.TEST_CITY)).name);
        assertEquals(version + 2, find(CatalogCity.class, UUID.fromString(RecordedCatalogFeed.TEST_CITY)).version);
    }

    @Test
    void anOlderVersionNeverOverwritesANewerOne() {
        UUID id = UUID.fromString(RecordedCatalogFeed.TEST_INITIATIVE);
        long version = find(CatalogInitiative.class, id).version;
        RecordedCatalogFeed.append("initiative.updated", "initiative", RecordedCatalogFeed.TEST_INITIATIVE,
                RecordedCatalogFeed.initiative(version + 2, "Test initiative"));
        RecordedCatalogFeed.append("initiative.updated", "initiative", RecordedCatalogFeed.TEST_INITIATIVE,
                RecordedCatalogFeed.initiative(version + 1, "An older title"));
        poller.pollToEnd();
        assertEquals("Test initiative", find(CatalogInitiative.class, id).title);
        assertEquals(version + 2, find(CatalogInitiative.class, id).version);
    }

    @Test
    void aCityRenamedRenamesItsInitiativesPlace() {
        long version = find(CatalogCity.class, UUID.fromString(RecordedCatalogFeed.TEST_CITY)).version;
        RecordedCatalogFeed.append("city.updated", "city", RecordedCatalogFeed.TEST_CITY,
                RecordedCatalogFeed.city(version + 1, "Testville Renamed"));
        poller.pollToEnd();
        assertEquals("Testville Renamed", find(CatalogInitiative.class, UUID.fromString(RecordedCatalogFeed.TEST_INITIATIVE)).cityName);
        RecordedCatalogFeed.append("city.updated", "city", RecordedCatalogFeed.TEST_CITY,
                RecordedCatalogFeed.city(version + 2, "Testville"));
        poller.pollToEnd();
        assertEquals("Testville", find(CatalogInitiative.class, UUID.fromString(RecordedCatalogFeed.TEST_INITIATIVE)).cityName);
    }

    @Test
    void aWithdrawnInitiativesFiguresLeavePublicReadsAndComeBackWithIt() {
        UUID id = UUID.fromString(RecordedCatalogFeed.TEST_INITIATIVE);
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(List.of(java.util.Map.of("initiativeId", RecordedCatalogFeed.TEST_INITIATIVE,
                        "indicator", "households_relocated_improved_housing", "phase", "scale", "period", "2042", "value", 9,
                        "unit", "households")))
                .when().post("/api/v1/observations").then().statusCode(200);
        String query = "/api/v1/observations?initiative=" + id + "&indicator=households_relocated_improved_housing";
        given().when().get(query).then().body("total", equalTo(1));
        long version = find(CatalogInitiative.class, id).version;
        var withdrawn = RecordedCatalogFeed.initiative(version + 1, "Test initiative");
        withdrawn.put("status", "withdrawn");
        RecordedCatalogFeed.append("initiative.withdrawn", "initiative", RecordedCatalogFeed.TEST_INITIATIVE, withdrawn);
        poller.pollToEnd();
        given().when().get(query).then().body("total", equalTo(0));
        given().when().get("/api/v1/aggregates?indicator=households_relocated_improved_housing&initiative=" + id).then()
                .body("items[0].count", equalTo(0));
        RecordedCatalogFeed.append("initiative.updated", "initiative", RecordedCatalogFeed.TEST_INITIATIVE,
                RecordedCatalogFeed.initiative(version + 2, "Test initiative"));
        poller.pollToEnd();
        given().when().get(query).then().body("total", equalTo(1));
    }

    @Test
    void anEventThisConsumerCannotReadIsSkippedNotBlocking() {
        var broken = RecordedCatalogFeed.city(99, "Nameless");
        broken.remove("slug");
        broken.put("id", "not-a-uuid");
        RecordedCatalogFeed.append("city.updated", "city", RecordedCatalogFeed.TEST_CITY, broken);
        long version = find(CatalogCity.class, UUID.fromString(RecordedCatalogFeed.TEST_CITY)).version;
        RecordedCatalogFeed.append("city.updated", "city", RecordedCatalogFeed.TEST_CITY,
                RecordedCatalogFeed.city(version + 1, "Testville"));
        assertEquals(1, poller.pollToEnd());
        assertEquals(RecordedCatalogFeed.eventCount(), storedCursor());
        assertEquals(version + 1, find(CatalogCity.class, UUID.fromString(RecordedCatalogFeed.TEST_CITY)).version);
        given().when().get("/q/metrics").then().body(containsString("catalog_feed_rejected_events_total"));
    }

    @Test
    void aReplayWithTheCatalogueAwayKeepsTheProjection() {
        List<?> before = snapshot();
        RecordedCatalogFeed.mode(Mode.UNAVAILABLE);
        given().auth().oauth2(Tokens.admin()).when().post("/internal/v1/projection/replay")
                .then().statusCode(502).contentType("application/problem+json");
        assertEquals(before.toString(), snapshot().toString());
        assertEquals(RecordedCatalogFeed.eventCount(), storedCursor());
    }

    @Test
    void replayFromZeroRebuildsTheSameProjection() {
        List<?> before = snapshot();
        given().auth().oauth2(Tokens.admin()).when().post("/internal/v1/projection/replay")
                .then().statusCode(200).body("status.cursor", equalTo(RecordedCatalogFeed.eventCount()));
        assertEquals(before.toString(), snapshot().toString());
    }

    @Test
    void anUnavailableFeedKeepsTheCursorAndIsReportedNotFatal() {
        long cursor = storedCursor();
        RecordedCatalogFeed.mode(Mode.UNAVAILABLE);
        assertThrows(RuntimeException.class, poller::pollToEnd);
        assertEquals(cursor, storedCursor());
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Catalogue projection' }.data.lastError", containsString("503"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("catalog_feed_lag_seconds"), containsString("catalog_feed_cursor"));
        given().auth().oauth2(Tokens.admin()).when().post("/internal/v1/projection/poll")
                .then().statusCode(502).contentType("application/problem+json")
                .body("detail", containsString("catalogue"));
        RecordedCatalogFeed.mode(Mode.NORMAL);
        poller.pollToEnd();
        given().auth().oauth2(Tokens.service()).when().get("/internal/v1/projection").then().statusCode(200)
                .body("cursor", equalTo(RecordedCatalogFeed.eventCount()))
                .body("lastError", equalTo(null));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("Catalogue projection"));
    }

    private List<?> snapshot() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id, slug, title, city_id, city_name, country, themes::text, sdgs::text, status, version"
                        + " from catalog_initiative order by id").getResultList().stream()
                .map(row -> java.util.Arrays.asList((Object[]) row).toString()).toList());
    }

    /** The cursor as the feed consumer stored it, beside the projection. */
    private long storedCursor() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select last_seq from feed_cursor where feed = 'catalog'").getSingleResult()).longValue());
    }

    private <T> T find(Class<T> type, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(type, id));
    }

    private long count(String entity) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult());
    }
}

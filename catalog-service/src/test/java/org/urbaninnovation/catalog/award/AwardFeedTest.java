package org.urbaninnovation.catalog.award;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.urbaninnovation.catalog.RecordedFeed.Mode;
import org.urbaninnovation.catalog.RecordedSubmissionsFeed;
import org.urbaninnovation.catalog.infrastructure.AwardFeedPoller;
import org.urbaninnovation.commons.feed.FeedConsumer;
import org.urbaninnovation.testsupport.Tokens;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Winners and special mentions from the award's recorded feed into the catalogue, exactly once:
 * through duplicates, disorder, an outage, replays, a second award of one initiative, cities and
 * cycles the catalogue does not know, namesakes, and an award it cannot read. Runs after the tests
 * that count the seed's 14 initiatives: awards publish more.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE - 1)
class AwardFeedTest {

    private static final String XIANNING_ENTRY = RecordedSubmissionsFeed.XIANNING_ENTRY;
    private static final String HAIKOU_ENTRY = RecordedSubmissionsFeed.HAIKOU_ENTRY;
    private static final String XIANNING = "22222222-0000-4000-8000-000000000001";

    @Inject
    EntityManager em;

    private static FeedConsumer consumer() {
        return Arc.container().instance(AwardFeedPoller.class).get().consumer();
    }

    @BeforeEach
    void caughtUp() {
        RecordedSubmissionsFeed.mode(Mode.NORMAL);
        consumer().pollToEnd();
    }

    @AfterEach
    void normal() {
        RecordedSubmissionsFeed.mode(Mode.NORMAL);
    }

    @Test
    void theRecordedWinnersArePublishedWithTheirSubmissionAsProvenanceAndAreSearchable() {
        assertEquals("Bearer recorded-award-token", RecordedSubmissionsFeed.lastAuthorization());
        assertEquals(RecordedSubmissionsFeed.eventCount(), storedCursor());
        given().when().get("/api/v1/initiatives/" + HAIKOU_ENTRY).then().statusCode(200)
                .body("slug", equalTo("haikou-wuyuan-river-breeding-grounds-for-the-blue-tailed-bee-eater"))
                .body("title", equalTo("Wuyuan River Breeding Grounds for the Blue-Tailed Bee-Eater"))
                .body("city.slug", equalTo("haikou"))
                .body("cycle", equalTo("gz-award-7"))
                .body("provenance.submissionId", equalTo(HAIKOU_ENTRY))
                .body("provenance.document", nullValue())
                .body("sections.keyMeasures", containsString("seasonal closures"))
                .body("themes", equalTo(List.of("environmental")))
                .body("sdgs", equalTo(List.of(11, 15)))
                .body("innovationType", equalTo("evolutionary"))
                .body("partners[0].name", equalTo("Haikou Forestry Bureau"))
                .body("status", equalTo("published"));
        given().when().get("/api/v1/initiatives?q=Wuyuan").then().statusCode(200)
                .body("items.id", hasItem(HAIKOU_ENTRY));
        given().when().get("/api/v1/initiatives?cycle=gz-award-7").then().statusCode(200)
                .body("items.id", hasItems(XIANNING_ENTRY, HAIKOU_ENTRY));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/initiatives/" + XIANNING_ENTRY + "/history").then()
                .statusCode(200).body("changedBy", equalTo(List.of("award")));
        assertEquals(List.of("7th Guangzhou International Award for Urban Innovation", 2026), cycle("gz-award-7"));
    }

    @Test
    void eachPublicationIsAnnouncedOnTheCataloguesOwnFeedOnce() {
        List<Map<String, Object>> created = given().auth().oauth2(Tokens.service()).queryParam("limit", 500)
                .when().get("/internal/v1/events").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.aggregateId == '" + XIANNING_ENTRY + "' }");
        assertEquals(List.of("initiative.created"), created.stream().map(e -> e.get("type")).toList());
    }

    @Test
    void aKnownCitysFiguresAreNeverOverwrittenByAnAward() {
        ObjectNode award = award(UUID.randomUUID(), "Quiet streets for every school");
        ((ObjectNode) award.get("city")).put("population", 1).put("areaKm2", 1).put("name", "Renamed by the award");
        RecordedSubmissionsFeed.award(award);
        assertEquals(1, consumer().pollToEnd());
        given().when().get("/api/v1/cities/xianning").then().statusCode(200)
                .body("name", equalTo("Xianning")).body("population", equalTo(3_036_100)).body("areaKm2", equalTo(9752));
    }

    @Test
    void anAwardInACityAndCycleTheCatalogueDoesNotKnowCreatesThem() {
        UUID id = UUID.randomUUID();
        UUID city = UUID.randomUUID();
        ObjectNode award = award(id, "Floating gardens on the harbour");
        award.set("city", newCity(city, "Nowhere Bay", "Atlantis"));
        ((ObjectNode) award.get("initiative")).put("cityId", city.toString());
        ((ObjectNode) award.get("cycle")).put("code", "gz-award-99").put("name", "99th Award").put("number", 99);
        RecordedSubmissionsFeed.award(award);
        assertEquals(1, consumer().pollToEnd());
        given().when().get("/api/v1/cities/nowhere-bay").then().statusCode(200)
                .body("id", equalTo(city.toString())).body("country", equalTo("Atlantis"))
                .body("population", equalTo(50_000)).body("areaKm2", equalTo(12.5f)).body("gdpPerCapitaUsd", nullValue())
                .body("mainSourcesOfProsperity", equalTo("Fishing"))
                .body("initiatives.id", equalTo(List.of(id.toString())));
        given().when().get("/api/v1/initiatives?q=harbour&cycle=gz-award-99").then().statusCode(200)
                .body("items.slug", equalTo(List.of("nowhere-bay-floating-gardens-on-the-harbour")));
        assertEquals(List.of("99th Award", 2026), cycle("gz-award-99"));
        List<String> types = given().auth().oauth2(Tokens.service()).queryParam("limit", 500).when().get("/internal/v1/events")
                .then().extract().jsonPath().getList("items.findAll { it.aggregateId == '" + city + "' }.type");
        assertEquals(List.of("city.created"), types);
    }

    @Test
    void aNewCityNamedLikeAKnownOneAndATitleTakenInItsCityGetSlugsOfTheirOwn() {
        UUID namesake = UUID.randomUUID();
        ObjectNode award = award(UUID.randomUUID(), "Child-Friendly School Routes for Every District");
        award.set("city", newCity(namesake, "Xianning", "Elsewhere"));
        ((ObjectNode) award.get("initiative")).put("cityId", namesake.toString());
        RecordedSubmissionsFeed.award(award);
        UUID again = UUID.randomUUID();
        ObjectNode sameTitle = award(again, "Child-Friendly School Routes for Every District");
        ((ObjectNode) sameTitle.get("cycle")).put("code", "gz-award-8");
        RecordedSubmissionsFeed.award(sameTitle);
        assertEquals(2, consumer().pollToEnd());
        given().when().get("/api/v1/cities/" + namesake).then().body("slug", equalTo("xianning-elsewhere"));
        given().when().get("/api/v1/initiatives/" + again).then()
                .body("slug", equalTo("xianning-child-friendly-school-routes-for-every-district-gz-award-8"));
    }

    @Test
    void pollingAgainEventsServedAgainASecondAwardAndAReplayPublishNothingMore() {
        List<?> before = published();
        assertEquals(0, consumer().pollToEnd());
        RecordedSubmissionsFeed.mode(Mode.FROM_START_AGAIN);
        assertEquals(0, consumer().pollToEnd());
        RecordedSubmissionsFeed.mode(Mode.NORMAL);
        ObjectNode second = RecordedSubmissionsFeed.payload(RecordedSubmissionsFeed.XIANNING_AWARD);
        ((ObjectNode) second.get("initiative")).put("title", "A title the award changed later");
        RecordedSubmissionsFeed.award(second);
        assertEquals(0, consumer().pollToEnd());
        assertEquals(0, consumer().replay());
        assertEquals(RecordedSubmissionsFeed.eventCount(), storedCursor());
        assertEquals(before, published(), "no initiative published twice, none changed, no version moved");
        given().when().get("/api/v1/initiatives/" + XIANNING_ENTRY).then()
                .body("title", equalTo("Child-Friendly School Routes for Every District"));
    }

    @Test
    void aPageOutOfOrderIsAppliedInSequence() {
        UUID first = UUID.randomUUID();
        RecordedSubmissionsFeed.award(award(first, "Reversed page first award"));
        UUID second = UUID.randomUUID();
        RecordedSubmissionsFeed.award(award(second, "Reversed page second award"));
        RecordedSubmissionsFeed.mode(Mode.REVERSED);
        assertEquals(2, consumer().pollToEnd());
        assertEquals(RecordedSubmissionsFeed.eventCount(), storedCursor());
        given().when().get("/api/v1/initiatives?q=reversed&sort=publishedAt").then()
                .body("items.id", equalTo(List.of(first.toString(), second.toString())));
    }

    @Test
    void anOutageKeepsTheCursorAndIsReportedNotFatal() {
        UUID id = UUID.randomUUID();
        RecordedSubmissionsFeed.award(award(id, "Published after the outage"));
        long cursor = storedCursor();
        RecordedSubmissionsFeed.mode(Mode.UNAVAILABLE);
        assertThrows(RuntimeException.class, () -> consumer().pollToEnd());
        assertEquals(cursor, storedCursor());
        given().when().get("/api/v1/initiatives/" + id).then().statusCode(404);
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Award feed' }.data.lastError", containsString("503"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("submissions_feed_lag_seconds"), containsString("submissions_feed_cursor"));
        RecordedSubmissionsFeed.mode(Mode.NORMAL);
        assertEquals(1, consumer().pollToEnd());
        given().when().get("/api/v1/initiatives/" + id).then().statusCode(200);
        given().when().get("/q/health/ready").then()
                .body("checks.find { it.name == 'Award feed' }.data.lastError", nullValue());
    }

    @Test
    void anAwardTheCatalogueCannotReadIsSkippedNotBlocking() {
        ObjectNode broken = award(UUID.randomUUID(), "Unreadable award");
        ((ObjectNode) broken.get("city")).remove("name");
        RecordedSubmissionsFeed.award(broken);
        UUID id = UUID.randomUUID();
        RecordedSubmissionsFeed.award(award(id, "Readable award after an unreadable one"));
        assertEquals(1, consumer().pollToEnd());
        assertEquals(RecordedSubmissionsFeed.eventCount(), storedCursor());
        given().when().get("/api/v1/initiatives/" + id).then().statusCode(200);
        given().when().get("/q/metrics").then().body(containsString("submissions_feed_rejected_events_total"));
    }

    /** The recorded Xianning award, for another initiative of Xianning. */
    private static ObjectNode award(UUID initiative, String title) {
        ObjectNode award = RecordedSubmissionsFeed.payload(RecordedSubmissionsFeed.XIANNING_AWARD);
        award.put("initiativeId", initiative.toString()).put("submissionId", initiative.toString());
        ((ObjectNode) award.get("initiative")).put("id", initiative.toString()).put("title", title).put("cityId", XIANNING);
        return award;
    }

    private static ObjectNode newCity(UUID id, String name, String country) {
        ObjectNode city = RecordedSubmissionsFeed.payload(RecordedSubmissionsFeed.XIANNING_AWARD).putObject("city");
        return city.put("id", id.toString()).put("name", name).put("country", country).put("population", 50_000)
                .put("areaKm2", 12.5).put("mainSourcesOfProsperity", "Fishing");
    }

    private long storedCursor() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select last_seq from feed_cursor where feed = 'submissions'").getSingleResult()).longValue());
    }

    private List<Object> cycle(String code) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery("select name, year from cycle where code = :code")
                    .setParameter("code", code).getSingleResult();
            return List.of(row[0], row[1]);
        });
    }

    /** Every initiative published from an award, with its version. */
    private List<?> published() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select id, slug, title, version from initiative where provenance ->> 'submissionId' is not null order by id""")
                .getResultList().stream().map(row -> java.util.Arrays.asList((Object[]) row).toString()).toList());
    }
}

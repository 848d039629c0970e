package org.urbaninnovation.metrics.award;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.urbaninnovation.commons.feed.FeedConsumer;
import org.urbaninnovation.metrics.CaughtUp;
import org.urbaninnovation.metrics.RecordedCatalogFeed;
import org.urbaninnovation.metrics.RecordedFeed.Mode;
import org.urbaninnovation.metrics.RecordedSubmissionsFeed;
import org.urbaninnovation.metrics.infrastructure.AwardFeedPoller;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The award's recorded feed into outcome figures, through duplicates, disorder, an outage, replays,
 * awards in cities and cycles nobody knows, awards read before the catalogue's events, a second
 * award of one initiative, and claims with qualifiers and missing parts. Runs after the tests that
 * count the seed's figures (China's, Haikou's, the 173 indicators): awards add figures there.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE - 1)
class AwardFeedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XIANNING = RecordedSubmissionsFeed.XIANNING_ENTRY;
    private static final String HAIKOU = RecordedSubmissionsFeed.HAIKOU_ENTRY;

    @Inject
    EntityManager em;

    private static FeedConsumer consumer() {
        return Arc.container().instance(AwardFeedPoller.class).get().consumer();
    }

    @BeforeEach
    void caughtUp() {
        CaughtUp.projection();
        RecordedSubmissionsFeed.mode(Mode.NORMAL);
        consumer().pollToEnd();
    }

    @AfterEach
    void normal() {
        RecordedSubmissionsFeed.mode(Mode.NORMAL);
    }

    @Test
    void theRecordedWinnersClaimsAreOutcomesOfTheirInitiativesOnTheIndicatorsTheyName() {
        assertEquals("Bearer recorded-award-token", RecordedSubmissionsFeed.lastAuthorization());
        assertEquals(RecordedSubmissionsFeed.eventCount(), storedCursor());
        given().when().get("/api/v1/outcomes?initiative=" + XIANNING).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.find { it.indicator == 'students_walking_to_school_share' }.initiative",
                        equalTo("Child-Friendly School Routes for Every District"))
                .body("items.find { it.indicator == 'students_walking_to_school_share' }.city", equalTo("Xianning"))
                .body("items.find { it.indicator == 'students_walking_to_school_share' }.baseline.value", equalTo(30))
                .body("items.find { it.indicator == 'students_walking_to_school_share' }.baseline.period", equalTo("2019"))
                .body("items.find { it.indicator == 'students_walking_to_school_share' }.result.value", equalTo(95))
                .body("items.find { it.indicator == 'students_walking_to_school_share' }.result.period", equalTo("2023"))
                .body("items.find { it.indicator == 'students_walking_to_school_share' }.result.quote",
                        equalTo("The proportion of students walking to school increased significantly from 30% to 95%."))
                .body("items.find { it.indicator == 'students_walking_to_school_share' }.improved", equalTo(true))
                .body("items.find { it.indicator == 'private_cars_school_dropoff_per_hour' }.absoluteChange", equalTo(-112))
                .body("items.find { it.indicator == 'private_cars_school_dropoff_per_hour' }.improved", equalTo(true));
        given().when().get("/api/v1/observations?initiative=" + XIANNING + "&indicator=students_walking_to_school_share")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].source.document", equalTo("submission " + XIANNING))
                .body("items[0].note", equalTo("Claimed by the city in its submission; winner of gz-award-7"))
                .body("items[0].unit", equalTo("%"));
    }

    @Test
    void aClaimOnAnIndicatorNobodyMeasuredCreatesItWithTheClaimsUnitAndDirection() {
        given().when().get("/api/v1/indicators/nesting_burrows_along_the_wuyuan_river").then().statusCode(200)
                .body("name", equalTo("Nesting burrows along the Wuyuan River"))
                .body("unit", equalTo("burrows"))
                .body("direction", equalTo("higher_is_better"))
                .body("additive", equalTo(false))
                .body("themes", equalTo(List.of("environmental")));
        given().when().get("/api/v1/outcomes?initiative=" + HAIKOU).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.find { it.indicator == 'bee_eater_population' }.result.qualifier", equalTo("more_than"))
                .body("items.find { it.indicator == 'bee_eater_population' }.result.value", equalTo(80))
                .body("items.find { it.indicator == 'nesting_burrows_along_the_wuyuan_river' }.baseline.qualifier",
                        equalTo("approximately"))
                .body("items.find { it.indicator == 'nesting_burrows_along_the_wuyuan_river' }.absoluteChange", equalTo(33));
    }

    @Test
    void pollingAgainAndEventsServedAgainChangeNothing() {
        List<?> before = figures();
        assertEquals(0, consumer().pollToEnd());
        RecordedSubmissionsFeed.mode(Mode.FROM_START_AGAIN);
        assertEquals(0, consumer().pollToEnd());
        assertEquals(RecordedSubmissionsFeed.eventCount(), storedCursor());
        assertEquals(before.toString(), figures().toString());
    }

    @Test
    void aSecondAwardOfTheSameInitiativeChangesNothing() {
        List<?> before = figures();
        RecordedSubmissionsFeed.award(RecordedSubmissionsFeed.payload(RecordedSubmissionsFeed.XIANNING_AWARD));
        assertEquals(0, consumer().pollToEnd());
        assertEquals(RecordedSubmissionsFeed.eventCount(), storedCursor());
        assertEquals(before.toString(), figures().toString(), "no figure written again, no version moved");
    }

    @Test
    void replayFromZeroRecordsTheSameFigures() {
        List<?> before = figures();
        consumer().replay();
        assertEquals(RecordedSubmissionsFeed.eventCount(), storedCursor());
        assertEquals(before.toString(), figures().toString());
    }

    @Test
    void aPageOutOfOrderIsAppliedInSequenceSoTheLaterAwardWins() {
        String id = UUID.randomUUID().toString();
        RecordedSubmissionsFeed.award(award(id, testCity(), claims(claim("Students walking to school", "%", 40, 70))));
        RecordedSubmissionsFeed.award(award(id, testCity(), claims(claim("Students walking to school", "%", 40, 90))));
        RecordedSubmissionsFeed.mode(Mode.REVERSED);
        assertEquals(2, consumer().pollToEnd());
        given().when().get("/api/v1/outcomes?initiative=" + id).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].result.value", equalTo(90));
        catalogueDescribes(id, RecordedCatalogFeed.TEST_CITY, "testville", "Testville", "Testland");
    }

    @Test
    void anOutageKeepsTheCursorAndIsReportedNotFatal() {
        String id = UUID.randomUUID().toString();
        RecordedSubmissionsFeed.award(award(id, testCity(), claims(claim("Students walking to school", "%", 10, 20))));
        long cursor = storedCursor();
        RecordedSubmissionsFeed.mode(Mode.UNAVAILABLE);
        assertThrows(RuntimeException.class, () -> consumer().pollToEnd());
        assertEquals(cursor, storedCursor());
        given().when().get("/api/v1/outcomes?initiative=" + id).then().body("total", equalTo(0));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Award feed' }.data.lastError", containsString("503"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("submissions_feed_lag_seconds"), containsString("submissions_feed_cursor"));
        RecordedSubmissionsFeed.mode(Mode.NORMAL);
        assertEquals(1, consumer().pollToEnd());
        given().when().get("/api/v1/outcomes?initiative=" + id).then().body("total", equalTo(1));
        given().when().get("/q/health/ready").then()
                .body("checks.find { it.name == 'Award feed' }.data.lastError", nullValue());
        catalogueDescribes(id, RecordedCatalogFeed.TEST_CITY, "testville", "Testville", "Testland");
    }

    @Test
    void anAwardReadBeforeTheCataloguesEventsIsPlacedFromTheAwardAndTheCatalogueWinsLater() {
        String id = UUID.randomUUID().toString();
        String city = UUID.randomUUID().toString();
        ObjectNode newCity = city(city, "Nowhere Bay", "Atlantis", 50_000);
        ObjectNode award = award(id, newCity, claims(claim("Households with piped water", "households", 1_000, 4_000)));
        ((ObjectNode) award.get("cycle")).put("code", "gz-award-99");
        RecordedSubmissionsFeed.award(award);
        assertEquals(1, consumer().pollToEnd());
        given().when().get("/api/v1/outcomes?initiative=" + id).then().statusCode(200)
                .body("items[0].initiative", equalTo("Awarded in a test"))
                .body("items[0].city", equalTo("Nowhere Bay"))
                .body("items[0].country", equalTo("Atlantis"));
        assertEquals(List.of("", "gz-award-99", -1L), projected(id));

        catalogueDescribes(id, city, "nowhere-bay", "Nowhere Bay", "Atlantis");
        assertEquals(List.of("nowhere-bay-awarded-in-a-test", "gz-award-99", 0L), projected(id));
        given().when().get("/api/v1/outcomes?city=nowhere-bay").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].result.value", equalTo(4000));
        consumer().replay();
        assertEquals(List.of("nowhere-bay-awarded-in-a-test", "gz-award-99", 0L), projected(id),
                "the award read again replaces nothing the catalogue gave");
    }

    @Test
    void claimsAreRecordedWithTheirQualifiersAndWhatTheyLack() {
        String id = UUID.randomUUID().toString();
        ArrayNode claims = claims(
                claim("Students walking to school", "%", null, 60),
                claim("Direct beneficiaries", "million people", 1.5, 5.2),
                claim("Trees planted", "trees", 100, 900),
                claim("Trees planted", "trees", 50, 300),
                claim("Noise at night", null, 70, 50),
                claim(null, "dB", 70, 50));
        ((ObjectNode) claims.get(0).get("result")).put("qualifier", "more_than").remove("period");
        ((ObjectNode) claims.get(1).get("baseline")).put("qualifier", "approximately").remove("period");
        ((ObjectNode) claims.get(1)).remove("evidence");
        ((ObjectNode) claims.get(2).get("result")).put("qualifier", "up_to");
        RecordedSubmissionsFeed.award(award(id, testCity(), claims));
        assertEquals(1, consumer().pollToEnd());
        given().when().get("/api/v1/observations?initiative=" + id + "&size=100").then().statusCode(200)
                .body("total", equalTo(7))
                .body("items.find { it.indicator == 'students_walking_to_school_share' }.phase", equalTo("result"))
                .body("items.find { it.indicator == 'students_walking_to_school_share' }.qualifier", equalTo("more_than"))
                .body("items.find { it.indicator == 'students_walking_to_school_share' }.period", nullValue());
        given().when().get("/api/v1/outcomes?initiative=" + id + "&size=100").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.find { it.indicator == 'direct_beneficiaries' }.baseline.qualifier", equalTo("approximately"))
                .body("items.find { it.indicator == 'direct_beneficiaries' }.baseline.period", nullValue())
                .body("items.find { it.indicator == 'direct_beneficiaries' }.result.normalizedValue", equalTo(5_200_000.0f))
                .body("items.find { it.indicator == 'direct_beneficiaries' }.baseline.quote", nullValue())
                .body("items.findAll { it.indicator == 'trees_planted' }.scope", equalTo(List.of("claim 3", "claim 4")))
                .body("items.find { it.scope == 'claim 3' }.result.qualifier", equalTo("up_to"))
                .body("items.find { it.scope == 'claim 4' }.result.value", equalTo(300));
        catalogueDescribes(id, RecordedCatalogFeed.TEST_CITY, "testville", "Testville", "Testland");
    }

    @Test
    void anAwardThisServiceCannotReadIsSkippedNotBlocking() {
        ObjectNode broken = award(UUID.randomUUID().toString(), testCity(), claims());
        broken.put("initiativeId", "not-a-uuid");
        RecordedSubmissionsFeed.award(broken);
        String id = UUID.randomUUID().toString();
        RecordedSubmissionsFeed.award(award(id, testCity(), claims(claim("Students walking to school", "%", 5, 6))));
        assertEquals(1, consumer().pollToEnd());
        assertEquals(RecordedSubmissionsFeed.eventCount(), storedCursor());
        given().when().get("/q/metrics").then().body(containsString("submissions_feed_rejected_events_total"));
        catalogueDescribes(id, RecordedCatalogFeed.TEST_CITY, "testville", "Testville", "Testland");
    }

    /**
     * The catalogue's events about an awarded initiative (and its city, when new), as the catalogue
     * publishes them from the same award, read by the projection: each test leaves the projection as
     * the catalogue's feed would rebuild it.
     */
    private static void catalogueDescribes(String initiative, String city, String citySlug, String cityName, String country) {
        if (!city.equals(RecordedCatalogFeed.TEST_CITY)) {
            ObjectNode created = JSON.createObjectNode().put("id", city).put("slug", citySlug).put("name", cityName)
                    .put("country", country).put("population", 50_000).put("version", 0);
            RecordedCatalogFeed.append("city.created", "city", city, created);
        }
        ObjectNode payload = RecordedCatalogFeed.initiative(0, "Awarded in a test");
        payload.put("id", initiative).put("slug", citySlug + "-awarded-in-a-test").put("cityId", city)
                .put("citySlug", citySlug).put("cityName", cityName).put("country", country).put("cycle", "gz-award-99");
        RecordedCatalogFeed.append("initiative.created", "initiative", initiative, payload);
        CaughtUp.projection();
    }

    private static ObjectNode testCity() {
        return city(RecordedCatalogFeed.TEST_CITY, "Testville", "Testland", 1_000_000);
    }

    private static ObjectNode city(String id, String name, String country, long population) {
        return JSON.createObjectNode().put("id", id).put("name", name).put("country", country).put("population", population);
    }

    /** A recorded award, for another initiative, city and claims. */
    private static ObjectNode award(String initiative, ObjectNode city, ArrayNode claims) {
        ObjectNode award = RecordedSubmissionsFeed.payload(RecordedSubmissionsFeed.XIANNING_AWARD);
        award.put("initiativeId", initiative).put("submissionId", initiative);
        ((ObjectNode) award.get("initiative")).put("id", initiative).put("title", "Awarded in a test")
                .put("cityId", city.get("id").asText());
        award.set("city", city);
        award.set("outcomeClaims", claims);
        return award;
    }

    private static ArrayNode claims(ObjectNode... claims) {
        ArrayNode array = JSON.createArrayNode();
        List.of(claims).forEach(array::add);
        return array;
    }

    private static ObjectNode claim(String indicator, String unit, Number baseline, Number result) {
        ObjectNode claim = JSON.createObjectNode();
        if (indicator != null) {
            claim.put("indicator", indicator);
        }
        if (unit != null) {
            claim.put("unit", unit);
        }
        claim.put("direction", "higher_is_better").put("evidence", "Counted by the city.");
        if (baseline != null) {
            claim.set("baseline", JSON.createObjectNode().put("value", new BigDecimal(baseline.toString()))
                    .put("qualifier", "exact").put("period", "2020"));
        }
        claim.set("result", JSON.createObjectNode().put("value", new BigDecimal(result.toString())).put("qualifier", "exact")
                .put("period", "2024"));
        return claim;
    }

    private long storedCursor() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select last_seq from feed_cursor where feed = 'submissions'").getSingleResult()).longValue());
    }

    /** The recorded winners' figures as stored, versions and all. */
    private List<?> figures() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select initiative_id, indicator_code, phase, period, scope, value, qualifier, unit, source_quote, version
                  from observation where initiative_id in (:ids) order by 1, 2, 3, 4, 5""")
                .setParameter("ids", List.of(UUID.fromString(XIANNING), UUID.fromString(HAIKOU))).getResultList().stream()
                .map(row -> java.util.Arrays.asList((Object[]) row).toString()).toList());
    }

    /** The initiative's slug, cycle and version in the catalogue projection. */
    private List<Object> projected(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery("select slug, cycle, version from catalog_initiative where id = :id")
                    .setParameter("id", UUID.fromString(id)).getSingleResult();
            return List.of(row[0], row[1], ((Number) row[2]).longValue());
        });
    }
}

package org.urbaninnovation.metrics;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The catalogue's feed as recorded from a real catalog-service (its seed: 14 cities, 14
 * initiatives), served over HTTP ({@link RecordedFeed}), plus two test events (a city with a round
 * population and an initiative in it).
 */
public class RecordedCatalogFeed implements QuarkusTestResourceLifecycleManager {

    public static final String TEST_CITY = "33333333-0000-4000-8000-000000000001";
    public static final String TEST_INITIATIVE = "33333333-0000-4000-8000-000000000002";
    public static final long TEST_CITY_POPULATION = 1_000_000;

    private static final RecordedFeed FEED = new RecordedFeed("/feed/catalog-events.json");

    @Override
    public Map<String, String> start() {
        reset();
        return Map.of("quarkus.rest-client.catalog-feed.url", FEED.start(),
                "metrics.catalog-feed.token", "recorded-feed-token",
                "metrics.catalog-feed.page-size", "10");
    }

    @Override
    public void stop() {
        FEED.stop();
    }

    /** The recorded events and the two test events, in normal mode. */
    public static void reset() {
        FEED.reset();
        append("city.created", "city", TEST_CITY, city(0, "Testville"));
        append("initiative.created", "initiative", TEST_INITIATIVE, initiative(0, "Test initiative"));
    }

    public static void mode(RecordedFeed.Mode newMode) {
        FEED.mode(newMode);
    }

    public static int eventCount() {
        return FEED.eventCount();
    }

    public static int requests() {
        return FEED.requests();
    }

    public static String lastAuthorization() {
        return FEED.lastAuthorization();
    }

    /** Publishes one more event, as the producer would after a change. */
    public static void append(String type, String aggregateType, String aggregateId, ObjectNode payload) {
        FEED.append(type, aggregateType, aggregateId, payload);
    }

    public static ObjectNode city(long version, String name) {
        ObjectNode city = RecordedFeed.MAPPER.createObjectNode();
        city.put("id", TEST_CITY);
        city.put("slug", "testville");
        city.put("name", name);
        city.put("country", "Testland");
        city.put("population", TEST_CITY_POPULATION);
        city.put("version", version);
        return city;
    }

    public static ObjectNode initiative(long version, String title) {
        ObjectNode initiative = RecordedFeed.MAPPER.createObjectNode();
        initiative.put("id", TEST_INITIATIVE);
        initiative.put("slug", "test-initiative");
        initiative.put("title", title);
        initiative.put("cityId", TEST_CITY);
        initiative.put("citySlug", "testville");
        initiative.put("cityName", "Testville");
        initiative.put("country", "Testland");
        initiative.put("cycle", "gz-award-6");
        initiative.putArray("themes").add("economic");
        initiative.putArray("sdgs").add(8);
        initiative.putNull("innovationType");
        initiative.put("status", "published");
        initiative.put("version", version);
        return initiative;
    }
}

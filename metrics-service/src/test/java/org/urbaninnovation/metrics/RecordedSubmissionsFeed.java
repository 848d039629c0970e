package org.urbaninnovation.metrics;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The award's feed as recorded from a real submission-service after {@code ./platform demo-award}
 * (the 7th cycle's two entries submitted, decided and published: two {@code initiative.awarded}
 * at seq 5 and 6, for Xianning and Haikou), served over HTTP ({@link RecordedFeed}) two events a page.
 */
public class RecordedSubmissionsFeed implements QuarkusTestResourceLifecycleManager {

    public static final String XIANNING_ENTRY = "33333333-0000-4000-8000-000000000101";
    public static final String HAIKOU_ENTRY = "33333333-0000-4000-8000-000000000102";
    /** The recorded events: two submissions, two decisions, then the awards of Haikou and Xianning. */
    public static final int RECORDED = 6;
    public static final int HAIKOU_AWARD = 5;
    public static final int XIANNING_AWARD = 6;

    private static final RecordedFeed FEED = new RecordedFeed("/feed/submission-events.json");

    @Override
    public Map<String, String> start() {
        FEED.reset();
        return Map.of("quarkus.rest-client.submissions-feed.url", FEED.start(),
                "metrics.submissions-feed.token", "recorded-award-token",
                "metrics.submissions-feed.page-size", "2");
    }

    @Override
    public void stop() {
        FEED.stop();
    }

    public static void mode(RecordedFeed.Mode newMode) {
        FEED.mode(newMode);
    }

    public static int eventCount() {
        return FEED.eventCount();
    }

    public static String lastAuthorization() {
        return FEED.lastAuthorization();
    }

    /** A copy of a recorded event's payload, to change and publish again. */
    public static ObjectNode payload(int seq) {
        return FEED.payload(seq);
    }

    /** Announces one more award, as the submission service would on publishing a cycle. */
    public static void award(ObjectNode payload) {
        FEED.append("initiative.awarded", "initiative", payload.path("initiativeId").asText(), payload);
    }
}

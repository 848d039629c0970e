package org.urbaninnovation.commons.feed;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;

/**
 * Makes the {@link FeedConsumer} of a feed with the cursor in the service's own database, a
 * transaction per page, and its gauges at {@code /q/metrics}: {@code <feed>_feed_lag_seconds},
 * {@code <feed>_feed_cursor}, {@code <feed>_feed_rejected_events_total} and
 * {@code <feed>_feed_foreign_pages_total}.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql", enableIfMissing = false)
public class FeedConsumers {

    private final FeedCursors cursors;
    private final FeedTransactions transactions;
    private final MeterRegistry registry;

    public FeedConsumers(JdbcFeedCursors cursors, JtaFeedTransactions transactions, MeterRegistry registry) {
        this.cursors = cursors;
        this.transactions = transactions;
        this.registry = registry;
    }

    /**
     * @param feed names the cursor and the gauges ({@code catalog}, {@code submissions})
     * @param producer the producer's name in the gauges' descriptions ("the catalogue")
     */
    public FeedConsumer consumer(String feed, String producer, FeedSettings settings, FeedSource source,
            FeedHandler handler) {
        FeedConsumer consumer = new FeedConsumer(feed, source, settings.token().orElse(null), handler, cursors,
                transactions, settings.pageSize());
        Gauge.builder(feed + "_feed_lag_seconds", consumer, c -> c.status().lag().toMillis() / 1000.0)
                .description("Seconds since this service last reached the end of " + producer + "'s feed")
                .register(registry);
        Gauge.builder(feed + "_feed_cursor", consumer, c -> c.status().cursor())
                .description("Sequence number of the last event of " + producer + "'s feed applied").register(registry);
        FunctionCounter.builder(feed + "_feed_rejected_events", consumer, FeedConsumer::rejectedEvents)
                .description("Events of " + producer + "'s feed skipped because this service cannot read them")
                .register(registry);
        FunctionCounter.builder(feed + "_feed_foreign_pages", consumer, FeedConsumer::foreignPages)
                .description("Pages of " + producer + "'s feed refused because they answered a read after a later event")
                .register(registry);
        return consumer;
    }
}

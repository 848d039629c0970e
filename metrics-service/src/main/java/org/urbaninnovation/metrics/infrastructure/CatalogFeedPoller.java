package org.urbaninnovation.metrics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.urbaninnovation.commons.feed.FeedConsumer;
import org.urbaninnovation.commons.feed.FeedConsumers;
import org.urbaninnovation.commons.feed.FeedHandler;
import org.urbaninnovation.commons.outbox.EventEnvelope;
import org.urbaninnovation.metrics.domain.CatalogEvent;
import org.urbaninnovation.metrics.domain.CatalogFeed;
import org.urbaninnovation.metrics.domain.CatalogProjection;
import org.urbaninnovation.metrics.domain.FeedStatus;

import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the catalogue projection current with the platform's feed consumer (cursor {@code catalog},
 * gauges {@code catalog_feed_*}): each event read by {@link CatalogEventReader}, applied by the
 * domain's {@link CatalogProjection}.
 */
@ApplicationScoped
public class CatalogFeedPoller implements CatalogFeed {

    private static final Logger LOG = Logger.getLogger(CatalogFeedPoller.class);

    private final CatalogProjection projection;
    private final FeedConsumer consumer;

    public CatalogFeedPoller(@RestClient CatalogFeedClient feed, CatalogProjection projection, FeedConsumers consumers,
            CatalogFeedConfig config) {
        this.projection = projection;
        this.consumer = consumers.consumer("catalog", "the catalogue", config, feed::after, new Handler());
    }

    @Scheduled(every = "${metrics.catalog-feed.interval}", delayed = "${metrics.catalog-feed.initial-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        consumer.pollOnSchedule();
    }

    @Override
    public int pollToEnd() {
        return consumer.pollToEnd();
    }

    /** Rebuilds the projection from the first event; with the catalogue away it stays as it was. */
    @Override
    public int replay() {
        return consumer.replay();
    }

    @Override
    public FeedStatus status() {
        var status = consumer.status();
        return new FeedStatus(status.cursor(), status.caughtUpAt(), status.lastAttemptAt(), status.lastError(), status.lag());
    }

    FeedConsumer consumer() {
        return consumer;
    }

    /** An event of the catalogue's feed in the projection. */
    private final class Handler implements FeedHandler {

        @Override
        public Effect handle(EventEnvelope envelope) {
            CatalogEvent event = CatalogEventReader.read(envelope);
            boolean applied;
            if (event instanceof CatalogEvent.CityChanged city) {
                applied = projection.apply(city);
            } else if (event instanceof CatalogEvent.InitiativeChanged initiative) {
                applied = projection.apply(initiative);
            } else {
                CatalogEvent.Unreadable unreadable = (CatalogEvent.Unreadable) event;
                LOG.warnf("Skipping catalogue event %d (%s): %s", unreadable.seq(), unreadable.type(), unreadable.reason());
                return Effect.REJECTED;
            }
            return applied ? Effect.APPLIED : Effect.UNCHANGED;
        }

        @Override
        public void forget() {
            projection.clear();
        }
    }
}

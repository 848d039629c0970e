package org.urbaninnovation.catalog.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.urbaninnovation.catalog.domain.AwardPublication;
import org.urbaninnovation.commons.feed.FeedConsumer;
import org.urbaninnovation.commons.feed.FeedConsumers;
import org.urbaninnovation.commons.feed.FeedHandler.Effect;
import org.urbaninnovation.commons.outbox.EventEnvelope;

import io.quarkus.scheduler.Scheduled;

/**
 * Publishes the award's winners and special mentions with the platform's feed consumer (cursor
 * {@code submissions}, gauges {@code submissions_feed_*}): each {@code initiative.awarded} read by
 * {@link SubmissionEventReader}, published by the domain's {@link AwardPublication}; the feed's
 * other events (submissions, decisions) are read past. A replay from zero forgets nothing: an
 * initiative published once is not published again.
 */
@ApplicationScoped
public class AwardFeedPoller {

    private static final Logger LOG = Logger.getLogger(AwardFeedPoller.class);

    private final AwardPublication publication;
    private final FeedConsumer consumer;

    public AwardFeedPoller(@RestClient SubmissionsFeedClient feed, AwardPublication publication, FeedConsumers consumers,
            SubmissionsFeedConfig config) {
        this.publication = publication;
        this.consumer = consumers.consumer("submissions", "the award", config, feed::after, this::handle);
    }

    @Scheduled(every = "${catalog.submissions-feed.interval}", delayed = "${catalog.submissions-feed.initial-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        consumer.pollOnSchedule();
    }

    public FeedConsumer consumer() {
        return consumer;
    }

    private Effect handle(EventEnvelope event) {
        try {
            return SubmissionEventReader.award(event)
                    .map(award -> publication.publish(award) ? Effect.APPLIED : Effect.UNCHANGED).orElse(Effect.UNCHANGED);
        } catch (SubmissionEventReader.Unreadable e) {
            LOG.warnf("Skipping award event %d (%s): %s", event.seq(), event.type(), e.getMessage());
            return Effect.REJECTED;
        }
    }
}

package org.urbaninnovation.metrics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.urbaninnovation.commons.feed.FeedConsumer;
import org.urbaninnovation.commons.feed.FeedConsumers;
import org.urbaninnovation.commons.feed.FeedHandler.Effect;
import org.urbaninnovation.commons.outbox.EventEnvelope;
import org.urbaninnovation.metrics.domain.AwardedOutcomes;

import io.quarkus.scheduler.Scheduled;

/**
 * Reads the award's feed with the platform's feed consumer (cursor {@code submissions}, gauges
 * {@code submissions_feed_*}): each {@code initiative.awarded} read by {@link SubmissionEventReader},
 * its outcome claims recorded by the domain's {@link AwardedOutcomes}; the feed's other events
 * (submissions, decisions) are read past. A replay from zero forgets nothing: recording an award
 * again changes nothing.
 */
@ApplicationScoped
public class AwardFeedPoller {

    private static final Logger LOG = Logger.getLogger(AwardFeedPoller.class);

    private final AwardedOutcomes outcomes;
    private final FeedConsumer consumer;

    public AwardFeedPoller(@RestClient SubmissionsFeedClient feed, AwardedOutcomes outcomes, FeedConsumers consumers,
            SubmissionsFeedConfig config) {
        this.outcomes = outcomes;
        this.consumer = consumers.consumer("submissions", "the award", config, feed::after, this::handle);
    }

    @Scheduled(every = "${metrics.submissions-feed.interval}", delayed = "${metrics.submissions-feed.initial-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        consumer.pollOnSchedule();
    }

    public FeedConsumer consumer() {
        return consumer;
    }

    private Effect handle(EventEnvelope event) {
        try {
            return SubmissionEventReader.award(event).map(award -> outcomes.record(award) ? Effect.APPLIED : Effect.UNCHANGED)
                    .orElse(Effect.UNCHANGED);
        } catch (SubmissionEventReader.Unreadable e) {
            LOG.warnf("Skipping award event %d (%s): %s", event.seq(), event.type(), e.getMessage());
            return Effect.REJECTED;
        }
    }
}

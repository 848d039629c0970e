package org.urbaninnovation.metrics.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.urbaninnovation.commons.outbox.EventPage;
import org.urbaninnovation.metrics.domain.CatalogFeed;
import org.urbaninnovation.metrics.domain.CatalogProjection;
import org.urbaninnovation.metrics.domain.FeedStatus;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the catalogue projection current: reads the feed from the stored cursor until a page
 * comes back short (the end of the feed), applying each page in its own transaction. A failure
 * leaves the cursor where the last applied page put it; the next run resumes from there.
 */
@ApplicationScoped
public class CatalogFeedPoller implements CatalogFeed {

    private static final Logger LOG = Logger.getLogger(CatalogFeedPoller.class);

    private final CatalogFeedClient feed;
    private final CatalogProjection projection;
    private final int pageSize;
    private final String authorization;
    private final Counter rejectedEvents;
    private final Instant startedAt = Instant.now();
    private final AtomicReference<Instant> caughtUpAt = new AtomicReference<>();
    private final AtomicReference<Instant> lastAttemptAt = new AtomicReference<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile long cursor;

    public CatalogFeedPoller(@RestClient CatalogFeedClient feed, CatalogProjection projection, MeterRegistry registry,
            CatalogFeedConfig config) {
        this.feed = feed;
        this.projection = projection;
        this.pageSize = config.pageSize();
        this.authorization = config.token().map(t -> "Bearer " + t).orElse(null);
        this.rejectedEvents = Counter.builder("catalog_feed_rejected_events")
                .description("Catalogue events skipped because this consumer cannot read them").register(registry);
        Gauge.builder("catalog_feed_lag_seconds", this, poller -> poller.status().lag().toMillis() / 1000.0)
                .description("Seconds since the catalogue projection last reached the end of the catalogue's feed")
                .register(registry);
        Gauge.builder("catalog_feed_cursor", this, poller -> poller.cursor)
                .description("Sequence number of the last catalogue event applied").register(registry);
    }

    @Scheduled(every = "${metrics.catalog-feed.interval}", delayed = "${metrics.catalog-feed.initial-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            pollToEnd();
        } catch (RuntimeException e) {
            LOG.warnf("Reading the catalogue feed failed, will retry: %s", lastError.get());
        }
    }

    @Override
    public synchronized int pollToEnd() {
        lastAttemptAt.set(Instant.now());
        int total = 0;
        try {
            cursor = projection.cursor();
            while (true) {
                EventPage page = read(cursor);
                CatalogProjection.Applied applied = counted(projection.apply(cursor, CatalogEventReader.read(page.items())));
                boolean progressed = applied.cursor() > cursor;
                cursor = applied.cursor();
                total += applied.applied();
                // A short page is the end of the feed; a page that moved nothing (a producer
                // serving old events again) must not keep this loop spinning.
                if (page.items().size() < pageSize || !progressed) {
                    break;
                }
            }
            caughtUpAt.set(Instant.now());
            lastError.set(null);
            return total;
        } catch (RuntimeException e) {
            lastError.set(rootCause(e));
            throw e;
        }
    }

    /**
     * Rebuilds the projection from the first event of the feed. The first page is read before
     * anything is dropped: with the catalogue away, the projection stays as it was.
     */
    @Override
    public synchronized int replay() {
        lastAttemptAt.set(Instant.now());
        try {
            CatalogProjection.Applied first = counted(projection.replaceWith(CatalogEventReader.read(read(0).items())));
            cursor = first.cursor();
            return first.applied() + pollToEnd();
        } catch (RuntimeException e) {
            lastError.set(rootCause(e));
            throw e;
        }
    }

    @Override
    public FeedStatus status() {
        Instant reference = caughtUpAt.get() == null ? startedAt : caughtUpAt.get();
        return new FeedStatus(cursor, caughtUpAt.get(), lastAttemptAt.get(), lastError.get(),
                Duration.between(reference, Instant.now()));
    }

    private EventPage read(long after) {
        return feed.after(after, pageSize, authorization);
    }

    /** Counts what a committed page skipped as unreadable. */
    private CatalogProjection.Applied counted(CatalogProjection.Applied applied) {
        rejectedEvents.increment(applied.rejected());
        return applied;
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

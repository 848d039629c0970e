package org.urbaninnovation.commons.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.Logger;
import org.urbaninnovation.commons.outbox.EventEnvelope;
import org.urbaninnovation.commons.outbox.EventPage;

/**
 * Reads another service's outbox feed into this one: from the stored cursor until a page comes
 * back short (the end of the feed), each page applied in a transaction of its own together with
 * the cursor's move. Delivery is at least once, the effect exactly once: events at or below the
 * cursor are duplicates and skipped, a page out of order is applied by sequence, a page that does
 * not start at the stored cursor (another replica moved it meanwhile) is left to be read again
 * from there, a page that answers a read after a later position than the one asked for is
 * refused (it would skip events), and a producer serving old pages again cannot keep the loop spinning. A failure
 * leaves the cursor where the last committed page put it; the next poll resumes from there.
 * What an event does is the service's {@link FeedHandler}'s; this class knows only envelopes.
 */
public final class FeedConsumer {

    private static final Logger LOG = Logger.getLogger(FeedConsumer.class);

    /** What applying a page did, and where the cursor now stands. */
    public record Applied(int applied, int duplicates, int unchanged, int rejected, long cursor) {
    }

    private final String feed;
    private final FeedSource source;
    private final String authorization;
    private final FeedHandler handler;
    private final FeedCursors cursors;
    private final FeedTransactions transactions;
    private final int pageSize;
    private final Instant startedAt = Instant.now();
    private final AtomicReference<Instant> caughtUpAt = new AtomicReference<>();
    private final AtomicReference<Instant> lastAttemptAt = new AtomicReference<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final AtomicLong rejectedEvents = new AtomicLong();
    private final AtomicLong foreignPages = new AtomicLong();
    private volatile long cursor;

    /**
     * @param feed the name its cursor is stored under (and its gauges are named after)
     * @param token a bearer token with role {@code service} for the producer's feed, or null
     */
    public FeedConsumer(String feed, FeedSource source, String token, FeedHandler handler, FeedCursors cursors,
            FeedTransactions transactions, int pageSize) {
        this.feed = feed;
        this.source = source;
        this.authorization = token == null || token.isBlank() ? null : "Bearer " + token;
        this.handler = handler;
        this.cursors = cursors;
        this.transactions = transactions;
        this.pageSize = pageSize;
    }

    public String feed() {
        return feed;
    }

    /** Applies every event published since the cursor; returns how many changed something. */
    public synchronized int pollToEnd() {
        lastAttemptAt.set(Instant.now());
        try {
            cursor = cursors.position(feed);
            int total = 0;
            while (true) {
                EventPage page = read(cursor);
                if (page.after() > cursor) {
                    // The answer to another request (a cache that ignores the query, a proxy shared by
                    // consumers): applying it would skip the events between the cursor and its start.
                    LOG.warnf("The %s feed answered a page after %d to a read after %d; reading again next time",
                            feed, page.after(), cursor);
                    foreignPages.incrementAndGet();
                    break;
                }
                Applied applied = apply(cursor, page.items());
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

    /** For a scheduler: a failure is logged and kept in {@link #status()}, and the next run resumes from the cursor. */
    public void pollOnSchedule() {
        try {
            pollToEnd();
        } catch (RuntimeException e) {
            LOG.warnf("Reading the %s feed failed, will retry: %s", feed, lastError.get());
        }
    }

    /**
     * Applies the feed again from its first event. The first page is read before anything is
     * forgotten, so with the producer away everything stays as it was; forgetting, rewinding and
     * applying that page commit together, so readers see the old state until the new one commits.
     */
    public synchronized int replay() {
        lastAttemptAt.set(Instant.now());
        try {
            EventPage firstPage = read(0);
            if (firstPage.after() != 0) {
                throw new IllegalStateException("The " + feed + " feed answered a page after " + firstPage.after()
                        + " to a read from its first event");
            }
            List<EventEnvelope> first = firstPage.items();
            Applied applied = counted(transactions.inNewTransaction(() -> {
                cursors.lock(feed);
                handler.forget();
                cursors.rewind(feed);
                return applyFrom(0, first);
            }));
            cursor = applied.cursor();
            return applied.applied() + pollToEnd();
        } catch (RuntimeException e) {
            lastError.set(rootCause(e));
            throw e;
        }
    }

    /**
     * Applies a page read from {@code after} and moves the cursor, in one transaction. A page that
     * does not start at the stored cursor is left alone: the caller reads again from the cursor returned.
     */
    public Applied apply(long after, List<EventEnvelope> events) {
        return counted(transactions.inNewTransaction(() -> {
            long stored = cursors.lock(feed);
            if (stored != after) {
                return new Applied(0, events.size(), 0, 0, stored);
            }
            return applyFrom(stored, events);
        }));
    }

    public FeedStatus status() {
        Instant reference = caughtUpAt.get() == null ? startedAt : caughtUpAt.get();
        return new FeedStatus(cursor, caughtUpAt.get(), lastAttemptAt.get(), lastError.get(),
                Duration.between(reference, Instant.now()));
    }

    /** Pages refused since start-up because they started beyond the cursor they were read from. */
    public long foreignPages() {
        return foreignPages.get();
    }

    /** Events skipped as unreadable since start-up, in committed pages. */
    public long rejectedEvents() {
        return rejectedEvents.get();
    }

    private EventPage read(long after) {
        return source.after(after, pageSize, authorization);
    }

    private Applied applyFrom(long from, List<EventEnvelope> events) {
        int applied = 0;
        int duplicates = 0;
        int unchanged = 0;
        int rejected = 0;
        long last = from;
        // A page may arrive out of order (a retried request, a proxy): apply by sequence.
        for (EventEnvelope event : events.stream().sorted(Comparator.comparingLong(EventEnvelope::seq)).toList()) {
            if (event.seq() <= last) {
                duplicates++;
                continue;
            }
            switch (handler.handle(event)) {
                case APPLIED -> applied++;
                case UNCHANGED -> unchanged++;
                case REJECTED -> rejected++;
            }
            last = event.seq();
        }
        cursors.advance(feed, last, applied + unchanged + rejected);
        if (duplicates + rejected > 0) {
            LOG.debugf("%s feed page: %d applied, %d duplicates, %d unchanged, %d rejected", feed, applied, duplicates,
                    unchanged, rejected);
        }
        return new Applied(applied, duplicates, unchanged, rejected, last);
    }

    /** Counts what a committed page skipped as unreadable. */
    private Applied counted(Applied applied) {
        rejectedEvents.addAndGet(applied.rejected());
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

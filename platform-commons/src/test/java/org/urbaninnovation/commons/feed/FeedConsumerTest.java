package org.urbaninnovation.commons.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.commons.feed.FeedConsumer.Applied;
import org.urbaninnovation.commons.feed.FeedHandler.Effect;
import org.urbaninnovation.commons.outbox.EventEnvelope;
import org.urbaninnovation.commons.outbox.EventPage;

/**
 * The feed consumer's machinery without Quarkus or a database: a producer's feed, the cursor and
 * the page's transaction in memory (a failed page puts the cursor back, as a rollback would).
 */
class FeedConsumerTest {

    /** A producer's outbox with a switch for each fault a consumer must survive. */
    private static final class Producer implements FeedSource {
        final List<EventEnvelope> events = new ArrayList<>();
        final List<Long> reads = new ArrayList<>();
        boolean unavailable;
        boolean fromStartAgain;
        boolean reversed;
        /** Answers with the page after this position whatever was asked, as a cache ignoring the query would. */
        Long answersAfter;
        String authorization;

        void publish(String type) {
            events.add(new EventEnvelope(events.size() + 1, UUID.randomUUID(), type, "thing", "1",
                    OffsetDateTime.parse("2026-12-01T10:00:00Z"), 1, null));
        }

        @Override
        public EventPage after(long after, int limit, String authorization) {
            this.authorization = authorization;
            reads.add(after);
            if (unavailable) {
                throw new IllegalStateException("HTTP 503 Service Unavailable");
            }
            long from = answersAfter != null ? answersAfter : fromStartAgain ? 0 : after;
            List<EventEnvelope> page = new ArrayList<>(events.stream().filter(e -> e.seq() > from).limit(limit).toList());
            long lastSeq = page.isEmpty() ? from : page.get(page.size() - 1).seq();
            if (reversed) {
                Collections.reverse(page);
            }
            return new EventPage(page, from, limit, lastSeq);
        }
    }

    /** The cursor as a table row; {@link #transactions} puts it back when the page's work fails. */
    private static final class Cursors implements FeedCursors {
        long lastSeq;
        long eventsRead;
        int locks;

        @Override
        public long position(String feed) {
            return lastSeq;
        }

        @Override
        public long lock(String feed) {
            locks++;
            return lastSeq;
        }

        @Override
        public void advance(String feed, long lastSeq, int events) {
            this.lastSeq = lastSeq;
            eventsRead += events;
        }

        @Override
        public void rewind(String feed) {
            lastSeq = 0;
            eventsRead = 0;
        }

        <T> T transaction(Supplier<T> work) {
            long seq = lastSeq;
            long read = eventsRead;
            try {
                return work.get();
            } catch (RuntimeException e) {
                lastSeq = seq;
                eventsRead = read;
                throw e;
            }
        }
    }

    /** Records the events it handled, with the effect a type asks for. */
    private static final class Handler implements FeedHandler {
        final List<Long> handled = new ArrayList<>();
        final Map<String, Effect> effects = Map.of("old.version", Effect.UNCHANGED, "unreadable", Effect.REJECTED);
        Function<EventEnvelope, RuntimeException> failure = e -> null;
        int forgotten;

        @Override
        public Effect handle(EventEnvelope event) {
            RuntimeException thrown = failure.apply(event);
            if (thrown != null) {
                throw thrown;
            }
            handled.add(event.seq());
            return effects.getOrDefault(event.type(), Effect.APPLIED);
        }

        @Override
        public void forget() {
            forgotten++;
            handled.clear();
        }
    }

    private final Producer producer = new Producer();
    private final Cursors cursors = new Cursors();
    private final Handler handler = new Handler();
    private final FeedConsumer consumer = new FeedConsumer("things", producer, "secret", handler, cursors,
            cursors::transaction, 3);

    private void publish(int count) {
        for (int i = 0; i < count; i++) {
            producer.publish("thing.changed");
        }
    }

    private EventEnvelope event(long seq) {
        return producer.events.get((int) seq - 1);
    }

    @Test
    void aPageIsAppliedInSequenceAndTheCursorMovesToItsLastEvent() {
        publish(2);
        assertEquals(new Applied(2, 0, 0, 0, 2), consumer.apply(0, List.of(event(1), event(2))));
        assertEquals(List.of(1L, 2L), handler.handled);
        assertEquals(2, cursors.lastSeq);
        assertEquals(2, cursors.eventsRead);
    }

    @Test
    void eventsAtOrBelowTheCursorAreDuplicatesThatNoHandlerSees() {
        publish(3);
        consumer.apply(0, List.of(event(1), event(2)));
        assertEquals(new Applied(1, 2, 0, 0, 3), consumer.apply(2, List.of(event(1), event(2), event(3))));
        assertEquals(List.of(1L, 2L, 3L), handler.handled);
        assertEquals(3, cursors.eventsRead);
    }

    @Test
    void aPageThatDoesNotStartAtTheStoredCursorIsLeftAlone() {
        publish(2);
        consumer.apply(0, List.of(event(1)));
        assertEquals(new Applied(0, 2, 0, 0, 1), consumer.apply(0, List.of(event(1), event(2))));
        assertEquals(List.of(1L), handler.handled);
        assertEquals(1, cursors.lastSeq);
    }

    @Test
    void aPageOutOfOrderIsAppliedBySequence() {
        publish(3);
        assertEquals(new Applied(3, 0, 0, 0, 3), consumer.apply(0, List.of(event(3), event(1), event(2))));
        assertEquals(List.of(1L, 2L, 3L), handler.handled);
    }

    @Test
    void unchangedAndRejectedEventsMoveTheCursorAndTheRejectedAreCounted() {
        producer.publish("old.version");
        producer.publish("unreadable");
        producer.publish("thing.changed");
        assertEquals(1, consumer.pollToEnd());
        assertEquals(3, cursors.lastSeq);
        assertEquals(3, cursors.eventsRead);
        assertEquals(1, consumer.rejectedEvents());
    }

    @Test
    void aPollReadsPagesUntilAShortOneAndSendsTheTokenAsBearer() {
        publish(7);
        assertEquals(7, consumer.pollToEnd());
        assertEquals(List.of(0L, 3L, 6L), producer.reads);
        assertEquals("Bearer secret", producer.authorization);
        FeedStatus status = consumer.status();
        assertEquals(7, status.cursor());
        assertNotNull(status.caughtUpAt());
        assertNull(status.lastError());
    }

    @Test
    void aPollAtTheEndReadsOneShortPageAndAppliesNothing() {
        publish(2);
        consumer.pollToEnd();
        producer.reads.clear();
        assertEquals(0, consumer.pollToEnd());
        assertEquals(List.of(2L), producer.reads);
    }

    @Test
    void aProducerServingOldPagesAgainCannotKeepThePollSpinning() {
        publish(6);
        consumer.pollToEnd();
        producer.fromStartAgain = true;
        producer.reads.clear();
        assertEquals(0, consumer.pollToEnd());
        assertEquals(List.of(6L), producer.reads, "a full page of duplicates ends the poll");
        assertEquals(6, cursors.lastSeq);
    }

    @Test
    void aPageAnsweringALaterPositionThanAskedIsRefusedSoThatNoEventIsSkipped() {
        publish(9);
        producer.answersAfter = 5L;
        assertEquals(0, consumer.pollToEnd());
        assertEquals(0, cursors.lastSeq);
        assertEquals(List.of(), handler.handled);
        assertEquals(1, consumer.foreignPages());
        producer.answersAfter = null;
        consumer.pollToEnd();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), handler.handled);
    }

    @Test
    void aReplayAnsweredWithAPageAfterLaterEventsForgetsNothing() {
        publish(4);
        consumer.pollToEnd();
        producer.answersAfter = 2L;
        assertThrows(IllegalStateException.class, consumer::replay);
        assertEquals(0, handler.forgotten);
        assertEquals(4, cursors.lastSeq);
    }

    @Test
    void aReversedFeedIsAppliedInSequence() {
        publish(5);
        producer.reversed = true;
        assertEquals(5, consumer.pollToEnd());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), handler.handled);
    }

    @Test
    void anUnavailableProducerKeepsTheCursorAndIsReportedUntilAReadSucceeds() {
        publish(2);
        consumer.pollToEnd();
        publish(1);
        producer.unavailable = true;
        assertThrows(IllegalStateException.class, consumer::pollToEnd);
        assertEquals(2, cursors.lastSeq);
        assertEquals("IllegalStateException: HTTP 503 Service Unavailable", consumer.status().lastError());
        consumer.pollOnSchedule();
        producer.unavailable = false;
        consumer.pollOnSchedule();
        assertNull(consumer.status().lastError());
        assertEquals(3, consumer.status().cursor());
    }

    @Test
    void aFailingEventRollsBackItsWholePageAndIsAppliedAgainByTheNextPoll() {
        publish(3);
        handler.failure = e -> e.seq() == 3 ? new IllegalStateException("deadlock detected") : null;
        assertThrows(IllegalStateException.class, consumer::pollToEnd);
        assertEquals(0, cursors.lastSeq, "the page's cursor move rolled back with it");
        handler.failure = e -> null;
        handler.handled.clear();
        assertEquals(3, consumer.pollToEnd());
        assertEquals(List.of(1L, 2L, 3L), handler.handled);
    }

    @Test
    void aReplayReadsTheFirstPageBeforeForgettingAnything() {
        publish(4);
        consumer.pollToEnd();
        producer.unavailable = true;
        assertThrows(IllegalStateException.class, consumer::replay);
        assertEquals(0, handler.forgotten);
        assertEquals(4, cursors.lastSeq);
        assertTrue(consumer.status().lastError().contains("503"));
    }

    @Test
    void aReplayForgetsAndAppliesEveryEventFromTheFirst() {
        publish(4);
        consumer.pollToEnd();
        assertEquals(4, consumer.replay());
        assertEquals(1, handler.forgotten);
        assertEquals(List.of(1L, 2L, 3L, 4L), handler.handled);
        assertEquals(4, cursors.lastSeq);
        assertEquals(4, cursors.eventsRead, "counted again from the first event");
    }

    @Test
    void noTokenSendsNoAuthorization() {
        FeedConsumer anonymous = new FeedConsumer("things", producer, " ", handler, cursors, cursors::transaction, 3);
        anonymous.pollToEnd();
        assertNull(producer.authorization);
    }
}

package org.urbaninnovation.commons.feed;

import org.urbaninnovation.commons.outbox.EventEnvelope;

/**
 * What one event of a feed does in a consuming service: the service's anti-corruption reader turns
 * the envelope into the service's own words and its domain applies it. Called inside the
 * transaction that also moves the cursor, once per event beyond the cursor, in sequence.
 */
public interface FeedHandler {

    /** What handling an event did. */
    enum Effect {
        /** The service's state changed. */
        APPLIED,
        /** Read, and nothing to do: an older version than the one stored, an effect already there, a type of no interest. */
        UNCHANGED,
        /** Unreadable (a missing field, an unknown kind): skipped and counted, so that it never blocks the events after it. */
        REJECTED
    }

    Effect handle(EventEnvelope event);

    /**
     * Before a replay from the first event, in the replay's transaction: forgets what the feed's
     * events built, when they build something that a replay must rebuild (a projection). Effects
     * keyed so that applying an event again changes nothing need not forget anything.
     */
    default void forget() {
    }
}

package org.urbaninnovation.commons.feed;

/**
 * Where each feed's consumer stands, stored beside the effects of its events: the transaction that
 * applies a page also moves the cursor, so each event takes effect once however often it is read.
 */
public interface FeedCursors {

    /** The sequence number of the last event of {@code feed} applied; 0 before the first. */
    long position(String feed);

    /**
     * The same, created at 0 when missing and locked until the transaction ends: two replicas
     * never apply one page together.
     */
    long lock(String feed);

    /** Moves the cursor to {@code lastSeq}, counting {@code events} more events read past it. */
    void advance(String feed, long lastSeq, int events);

    /** Back to 0, for a replay from the first event. */
    void rewind(String feed);
}

package org.urbaninnovation.commons.outbox;

import java.util.List;

/**
 * A page of the feed. {@code lastSeq} is the cursor to send as {@code after} next time; it equals
 * {@code after} when there is nothing new.
 */
public record EventPage(List<EventEnvelope> items, long after, int limit, long lastSeq) {
}

package org.urbaninnovation.commons.feed;

import org.urbaninnovation.commons.outbox.EventPage;

/** Another service's outbox feed ({@code GET /internal/v1/events}), as a consumer's REST client reads it. */
@FunctionalInterface
public interface FeedSource {

    /** The events after {@code after}, at most {@code limit}; {@code authorization} is the header's value, or null. */
    EventPage after(long after, int limit, String authorization);
}

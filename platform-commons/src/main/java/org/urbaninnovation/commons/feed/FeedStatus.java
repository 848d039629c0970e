package org.urbaninnovation.commons.feed;

import java.time.Duration;
import java.time.Instant;

/**
 * Where reading a feed stands: the cursor, when the consumer last reached the end of the feed (null
 * until it has) and last tried, the last read's error (null once a read succeeds), and the lag
 * since reaching the end (since start-up until then).
 */
public record FeedStatus(long cursor, Instant caughtUpAt, Instant lastAttemptAt, String lastError, Duration lag) {
}

package org.urbaninnovation.commons.feed;

import java.util.Optional;

/**
 * How a service reads one feed; a service's own {@code @ConfigMapping} extends this under its
 * prefix ({@code metrics.catalog-feed.*}), and its scheduled poll names {@link #interval()} and
 * {@link #initialDelay()} in {@code @Scheduled}.
 */
public interface FeedSettings {

    /** How often the feed is read: a duration such as 5s, or off. */
    String interval();

    /** How long after start-up the first read waits, such as 2s. */
    String initialDelay();

    /** Events asked for per request; a shorter page is the end of the feed. */
    int pageSize();

    /** A bearer token with role {@code service} for the producer's feed; none when empty. */
    Optional<String> token();
}

package org.urbaninnovation.metrics.infrastructure;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** How this service reads the catalogue's event feed ({@code metrics.catalog-feed.*}). */
@ConfigMapping(prefix = "metrics.catalog-feed")
public interface CatalogFeedConfig {

    /**
     * How often the poller reads the feed ({@code CATALOG_FEED_INTERVAL}: a duration such as 5s, or
     * off); with {@link #initialDelay()} it is read by the scheduler, from {@link CatalogFeedPoller}'s
     * {@code @Scheduled}.
     */
    String interval();

    /** How long after start-up the first read waits, such as 2s. */
    String initialDelay();

    /** Events asked for per request; a shorter page is the end of the feed. */
    int pageSize();

    /** A bearer token with role {@code service} ({@code CATALOG_FEED_TOKEN}); none when empty. */
    Optional<String> token();
}

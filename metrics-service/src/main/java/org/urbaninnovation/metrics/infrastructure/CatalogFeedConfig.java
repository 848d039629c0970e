package org.urbaninnovation.metrics.infrastructure;

import org.urbaninnovation.commons.feed.FeedSettings;

import io.smallrye.config.ConfigMapping;

/**
 * How this service reads the catalogue's event feed ({@code metrics.catalog-feed.*}; the interval
 * is {@code CATALOG_FEED_INTERVAL}, the token {@code CATALOG_FEED_TOKEN}).
 */
@ConfigMapping(prefix = "metrics.catalog-feed")
public interface CatalogFeedConfig extends FeedSettings {
}

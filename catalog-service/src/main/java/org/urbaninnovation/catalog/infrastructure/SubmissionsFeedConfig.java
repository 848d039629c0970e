package org.urbaninnovation.catalog.infrastructure;

import org.urbaninnovation.commons.feed.FeedSettings;

import io.smallrye.config.ConfigMapping;

/**
 * How the catalogue reads the award's event feed ({@code catalog.submissions-feed.*}; the interval
 * is {@code SUBMISSIONS_FEED_INTERVAL}, the token {@code SUBMISSIONS_FEED_TOKEN}).
 */
@ConfigMapping(prefix = "catalog.submissions-feed")
public interface SubmissionsFeedConfig extends FeedSettings {
}

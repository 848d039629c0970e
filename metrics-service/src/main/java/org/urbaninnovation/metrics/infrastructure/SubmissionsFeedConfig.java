package org.urbaninnovation.metrics.infrastructure;

import org.urbaninnovation.commons.feed.FeedSettings;

import io.smallrye.config.ConfigMapping;

/**
 * How this service reads the award's event feed ({@code metrics.submissions-feed.*}; the interval
 * is {@code SUBMISSIONS_FEED_INTERVAL}, the token {@code SUBMISSIONS_FEED_TOKEN}).
 */
@ConfigMapping(prefix = "metrics.submissions-feed")
public interface SubmissionsFeedConfig extends FeedSettings {
}

package org.urbaninnovation.metrics.domain;

/** The catalogue's feed as operations drive it: read now, rebuild from the first event, and where reading stands. */
public interface CatalogFeed {

    /** Applies every event published since the cursor; returns how many were applied. */
    int pollToEnd();

    /** Rebuilds the projection from the first event of the feed; returns how many events were applied. */
    int replay();

    FeedStatus status();
}

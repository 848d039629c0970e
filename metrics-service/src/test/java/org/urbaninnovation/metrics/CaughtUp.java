package org.urbaninnovation.metrics;

import org.urbaninnovation.metrics.infrastructure.CatalogFeedPoller;

import io.quarkus.arc.Arc;

/** Brings the catalogue projection up to the recorded feed, as the scheduled poller would. */
public final class CaughtUp {

    private CaughtUp() {
    }

    public static void projection() {
        RecordedCatalogFeed.mode(RecordedFeed.Mode.NORMAL);
        Arc.container().instance(CatalogFeedPoller.class).get().pollToEnd();
    }
}

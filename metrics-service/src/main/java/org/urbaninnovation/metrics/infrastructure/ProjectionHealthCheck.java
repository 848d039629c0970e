package org.urbaninnovation.metrics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.urbaninnovation.commons.feed.FeedReadiness;

/**
 * How far behind the catalogue the projection is; UP while the catalogue is away, since metrics
 * remain readable from the last known projection.
 */
@Readiness
@ApplicationScoped
public class ProjectionHealthCheck implements HealthCheck {

    private final CatalogFeedPoller poller;

    public ProjectionHealthCheck(CatalogFeedPoller poller) {
        this.poller = poller;
    }

    @Override
    public HealthCheckResponse call() {
        return FeedReadiness.of("Catalogue projection", poller.consumer().status());
    }
}

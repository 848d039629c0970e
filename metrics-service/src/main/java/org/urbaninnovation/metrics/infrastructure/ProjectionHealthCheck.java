package org.urbaninnovation.metrics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.urbaninnovation.metrics.domain.FeedStatus;

/**
 * Reports how far behind the catalogue the projection is. It stays UP while the catalogue is
 * away: metrics remain readable from the last known projection, and taking this service out of
 * rotation would not bring the catalogue back.
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
        FeedStatus status = poller.status();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("Catalogue projection").up()
                .withData("cursor", status.cursor())
                .withData("lagSeconds", status.lag().toSeconds())
                .withData("caughtUpAt", String.valueOf(status.caughtUpAt()))
                .withData("lastAttemptAt", String.valueOf(status.lastAttemptAt()));
        if (status.lastError() != null) {
            builder.withData("lastError", status.lastError());
        }
        return builder.build();
    }
}

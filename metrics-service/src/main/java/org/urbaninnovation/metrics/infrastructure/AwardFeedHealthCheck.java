package org.urbaninnovation.metrics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.urbaninnovation.commons.feed.FeedReadiness;

/** How far behind the award's feed the recorded outcome claims are; UP while the award is away. */
@Readiness
@ApplicationScoped
public class AwardFeedHealthCheck implements HealthCheck {

    private final AwardFeedPoller poller;

    public AwardFeedHealthCheck(AwardFeedPoller poller) {
        this.poller = poller;
    }

    @Override
    public HealthCheckResponse call() {
        return FeedReadiness.of("Award feed", poller.consumer().status());
    }
}

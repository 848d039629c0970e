package org.urbaninnovation.commons.feed;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * A feed's place in the service's readiness data. It stays UP while the producer is away: what the
 * service already applied remains readable, and taking the service out of rotation would not bring
 * the producer back.
 */
public final class FeedReadiness {

    private FeedReadiness() {
    }

    public static HealthCheckResponse of(String name, FeedStatus status) {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(name).up()
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

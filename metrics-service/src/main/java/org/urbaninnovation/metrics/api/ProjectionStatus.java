package org.urbaninnovation.metrics.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.urbaninnovation.metrics.domain.FeedStatus;

/** Where the catalogue projection stands, for operators. */
public record ProjectionStatus(
        @Schema(description = "Sequence number of the last catalogue event applied") long cursor,
        @Schema(nullable = true, description = "When the projection last reached the end of the catalogue's feed;"
                + " null until it has since start-up") Instant caughtUpAt,
        @Schema(nullable = true, description = "When this replica last began reading the feed; null before the first read")
        Instant lastAttemptAt,
        @Schema(nullable = true, description = "Why the last read failed; null once a read succeeds") String lastError,
        @Schema(description = "Seconds (a decimal number) since the projection last reached the end of the feed, or"
                + " since start-up until it has", minimum = "0", example = "1.25") double lag) {

    static ProjectionStatus of(FeedStatus status) {
        return new ProjectionStatus(status.cursor(), status.caughtUpAt(), status.lastAttemptAt(), status.lastError(),
                status.lag().toNanos() / 1e9);
    }
}

package org.urbaninnovation.submissions.domain.submission;

import java.time.Instant;
import java.util.UUID;

/** An entry as lists show it, read without its content. */
public record SubmissionSummary(UUID id, UUID cycleId, UUID initiativeId, UUID cityId, String title, String status,
        Instant submittedAt, Instant updatedAt) {
}

package org.urbaninnovation.submissions.domain.deliberation;

import java.time.Instant;
import java.util.UUID;

/** An eligible entry as the ranking names it. */
public record Contender(UUID submissionId, UUID initiativeId, String title, UUID cityId, String cityName,
        Instant submittedAt) {
}

package org.urbaninnovation.submissions.domain.review;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A review as an entry's list of reviews shows it, with its juror and whether their assignment stands. */
public record ReviewListing(UUID assignmentId, UUID submissionId, UUID jurorId, String jurorName, String jurorSubject,
        String assignmentStatus, String status, Map<String, Integer> scores, String comment, Instant filedAt,
        Instant updatedAt) {
}

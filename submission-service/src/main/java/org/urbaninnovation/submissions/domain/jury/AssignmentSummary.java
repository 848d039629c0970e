package org.urbaninnovation.submissions.domain.jury;

import java.time.Instant;
import java.util.UUID;

/** An assignment as lists show it, with where its review stands ({@code not_started}, {@code draft}, {@code filed}). */
public record AssignmentSummary(UUID id, UUID cycleId, UUID submissionId, UUID jurorId, String jurorName, String status,
        Instant assignedAt, String assignedBy, String conflictReason, Instant conflictDeclaredAt, String reviewStatus) {
}

package org.urbaninnovation.submissions.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.urbaninnovation.commons.http.Columns;
import org.urbaninnovation.submissions.domain.jury.AssignmentSummary;

/** An assignment: which juror reviews which entry, whether it stands, and where its review is. */
public record AssignmentView(UUID id, UUID cycleId, UUID submissionId, UUID jurorId, String jurorName, String status,
        Instant assignedAt, String assignedBy, Conflict conflict, String reviewStatus) {

    public record Conflict(String reason, Instant declaredAt) {
    }

    static AssignmentView of(AssignmentSummary a) {
        return new AssignmentView(a.id(), a.cycleId(), a.submissionId(), a.jurorId(), a.jurorName(), a.status(),
                a.assignedAt(), a.assignedBy(), a.conflictDeclaredAt() == null ? null
                        : new Conflict(a.conflictReason(), a.conflictDeclaredAt()), a.reviewStatus());
    }

    static final Columns<AssignmentView> COLUMNS = new Columns<>(
            List.of("id", "cycleId", "submissionId", "jurorId", "jurorName", "status", "assignedAt", "assignedBy",
                    "conflictReason", "reviewStatus"),
            a -> java.util.Arrays.asList(a.id, a.cycleId, a.submissionId, a.jurorId, a.jurorName, a.status, a.assignedAt,
                    a.assignedBy, a.conflict == null ? null : a.conflict.reason(), a.reviewStatus));
}

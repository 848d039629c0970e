package org.urbaninnovation.submissions.domain.jury;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.urbaninnovation.commons.domain.Conflict;

/**
 * A juror's charge to review one entry. A declared conflict of interest stays on the assignment,
 * so the pair is never assigned again; the review, if any, no longer counts.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    private UUID id;
    @Column(name = "cycle_id")
    private UUID cycleId;
    @Column(name = "submission_id")
    private UUID submissionId;
    @Column(name = "juror_id")
    private UUID jurorId;
    private String status;
    @Column(name = "assigned_at")
    private Instant assignedAt;
    @Column(name = "assigned_by")
    private String assignedBy;
    @Column(name = "conflict_reason")
    private String conflictReason;
    @Column(name = "conflict_declared_at")
    private Instant conflictDeclaredAt;
    @Version
    private long version;

    protected Assignment() {
    }

    public static Assignment of(UUID id, UUID cycleId, UUID submissionId, UUID jurorId, String actor, Instant now) {
        Assignment assignment = new Assignment();
        assignment.id = id;
        assignment.cycleId = cycleId;
        assignment.submissionId = submissionId;
        assignment.jurorId = jurorId;
        assignment.status = AssignmentStatus.ACTIVE.wire();
        assignment.assignedBy = actor;
        assignment.assignedAt = now;
        return assignment;
    }

    public void declareConflict(String reason, Instant now) {
        if (!isActive()) {
            throw new Conflict("A conflict of interest has been declared on this assignment already.");
        }
        status = AssignmentStatus.CONFLICTED.wire();
        conflictReason = reason;
        conflictDeclaredAt = now;
    }

    public boolean isActive() {
        return status() == AssignmentStatus.ACTIVE;
    }

    public UUID id() {
        return id;
    }

    public UUID cycleId() {
        return cycleId;
    }

    public UUID submissionId() {
        return submissionId;
    }

    public UUID jurorId() {
        return jurorId;
    }

    public AssignmentStatus status() {
        return AssignmentStatus.of(status).orElseThrow();
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public String conflictReason() {
        return conflictReason;
    }

    public Instant conflictDeclaredAt() {
        return conflictDeclaredAt;
    }
}

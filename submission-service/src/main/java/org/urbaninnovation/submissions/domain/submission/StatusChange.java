package org.urbaninnovation.submissions.domain.submission;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of an entry's status history: the status it reached, when, by whom and why. */
@Entity
@Table(name = "submission_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "submission_id")
    private UUID submissionId;
    private String status;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "changed_by")
    private String changedBy;
    private String reason;

    protected StatusChange() {
    }

    public static StatusChange of(Submission submission, String actor, String reason, Instant now) {
        StatusChange change = new StatusChange();
        change.submissionId = submission.id();
        change.status = submission.status().wire();
        change.changedAt = now;
        change.changedBy = actor;
        change.reason = reason;
        return change;
    }

    public UUID submissionId() {
        return submissionId;
    }

    public SubmissionStatus status() {
        return SubmissionStatus.of(status).orElseThrow();
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public String reason() {
        return reason;
    }
}

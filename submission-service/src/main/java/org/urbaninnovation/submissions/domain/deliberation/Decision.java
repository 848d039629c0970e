package org.urbaninnovation.submissions.domain.deliberation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A decision on an entry. Deliberation may change its mind: a later decision on the same entry
 * supersedes the earlier one, which is kept with the time it was superseded.
 */
@Entity
@Table(name = "decision")
public class Decision {

    @Id
    private UUID id;
    @Column(name = "cycle_id")
    private UUID cycleId;
    @Column(name = "submission_id")
    private UUID submissionId;
    private String outcome;
    private String rationale;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected Decision() {
    }

    public static Decision of(UUID id, UUID cycleId, UUID submissionId, Outcome outcome, String rationale, String actor,
            Instant now) {
        Decision decision = new Decision();
        decision.id = id;
        decision.cycleId = cycleId;
        decision.submissionId = submissionId;
        decision.outcome = outcome.wire();
        decision.rationale = rationale;
        decision.decidedBy = actor;
        decision.decidedAt = now;
        return decision;
    }

    public void supersede(Instant now) {
        supersededAt = now;
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

    public Outcome outcome() {
        return Outcome.of(outcome).orElseThrow();
    }

    public String rationale() {
        return rationale;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}

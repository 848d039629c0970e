package org.urbaninnovation.submissions.api;

import java.time.Instant;
import java.util.UUID;

import org.urbaninnovation.submissions.domain.deliberation.Decision;

public record DecisionView(UUID id, UUID cycleId, UUID submissionId, String outcome, String rationale, String decidedBy,
        Instant decidedAt) {

    static DecisionView of(Decision d) {
        return new DecisionView(d.id(), d.cycleId(), d.submissionId(), d.outcome().wire(), d.rationale(), d.decidedBy(),
                d.decidedAt());
    }
}

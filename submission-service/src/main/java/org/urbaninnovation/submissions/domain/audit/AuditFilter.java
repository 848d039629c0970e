package org.urbaninnovation.submissions.domain.audit;

import java.time.Instant;
import java.util.UUID;

import org.urbaninnovation.commons.domain.InvalidInput;

/** Which audit rows to read: each criterion optional, all of them combined. */
public record AuditFilter(UUID cycleId, String actor, String entityId, String entityType, Instant from, Instant to) {

    public AuditFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidInput.of("from", "must not be after to");
        }
    }
}

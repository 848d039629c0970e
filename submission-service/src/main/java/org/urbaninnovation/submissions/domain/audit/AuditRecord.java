package org.urbaninnovation.submissions.domain.audit;

import java.time.Instant;
import java.util.UUID;

/** One recorded change; before and after are JSON documents (null when there was none). */
public record AuditRecord(long id, Instant at, String actor, String action, String entityType, String entityId,
        UUID cycleId, String beforeJson, String afterJson) {
}

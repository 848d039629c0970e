package org.urbaninnovation.submissions.domain.audit;

import java.util.UUID;

import org.urbaninnovation.submissions.domain.common.PageRequest;
import org.urbaninnovation.submissions.domain.common.Slice;

/**
 * The append-only record of every change: who, when, what, on which entity, the state before and
 * after. Written in the transaction of the change, so a change and its record commit together.
 */
public interface AuditTrail {

    /**
     * Records a change; {@code before} and {@code after} are snapshots (records), null for a
     * creation or a deletion. Only what differs between them is kept.
     */
    void record(String actor, String action, String entityType, Object entityId, UUID cycleId, Object before, Object after);

    Slice<AuditRecord> find(AuditFilter filter, PageRequest page);
}

package org.urbaninnovation.submissions.domain.audit;

import java.util.List;
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

    /** Records many changes of one kind at once (an automatic assignment's), in one round trip. */
    void recordAll(String actor, String action, String entityType, UUID cycleId, List<Change> changes);

    Slice<AuditRecord> find(AuditFilter filter, PageRequest page);

    /** One entity's change within {@link #recordAll}. */
    record Change(Object entityId, Object before, Object after) {
    }
}

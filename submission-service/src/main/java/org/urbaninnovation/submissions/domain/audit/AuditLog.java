package org.urbaninnovation.submissions.domain.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.urbaninnovation.submissions.domain.common.PageRequest;
import org.urbaninnovation.submissions.domain.common.Slice;

/** The secretariat's view of the audit trail. */
@ApplicationScoped
public class AuditLog {

    private final AuditTrail trail;

    public AuditLog(AuditTrail trail) {
        this.trail = trail;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<AuditRecord> find(AuditFilter filter, PageRequest page) {
        return trail.find(filter, page);
    }
}

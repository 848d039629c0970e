package org.urbaninnovation.metrics.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One figure to record, as a client or the seed gave it, not checked yet: keyed by (initiative,
 * indicator, phase, period, scope). Closed vocabularies are text so that a wrong word is reported
 * with its row.
 */
public record ObservationDraft(UUID initiativeId, String indicator, String phase, String period, String scope,
        BigDecimal value, String qualifier, BigDecimal low, BigDecimal high, String unit, Source source, String note) {

    /** Where the figure comes from: the document and the exact sentence. */
    public record Source(String document, String quote) {
    }

    public String scopeOrEmpty() {
        return scope == null ? "" : scope;
    }

    public String qualifierOrExact() {
        return qualifier == null ? Qualifier.EXACT.wire() : qualifier;
    }
}

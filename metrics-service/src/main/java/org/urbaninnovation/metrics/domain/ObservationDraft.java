package org.urbaninnovation.metrics.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.urbaninnovation.commons.validation.PlainText;

/**
 * One figure to record, keyed by (initiative, indicator, phase, period, scope). Closed
 * vocabularies arrive as text so that a wrong word is reported with its row, not as unreadable JSON.
 */
public record ObservationDraft(
        @NotNull UUID initiativeId,
        @NotBlank @Size(max = 80) String indicator,
        @NotBlank @Size(max = 20) String phase,
        @Size(max = 10) String period,
        @Size(max = 200) @PlainText String scope,
        BigDecimal value,
        @Size(max = 20) String qualifier,
        BigDecimal low,
        BigDecimal high,
        @NotBlank @Size(max = 100) @PlainText String unit,
        @Valid Source source,
        @Size(max = 1000) @PlainText String note) {

    /** Where the figure comes from: the document and the exact sentence. */
    public record Source(@Size(max = 200) @PlainText String document, @Size(max = 2000) @PlainText String quote) {
    }

    public String scopeOrEmpty() {
        return scope == null ? "" : scope;
    }

    public String qualifierOrExact() {
        return qualifier == null ? Qualifier.EXACT.wire() : qualifier;
    }
}

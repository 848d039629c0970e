package org.urbaninnovation.metrics.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An observation as read: the figure as reported, its value in the indicator's unit, where it
 * comes from, and the initiative's place from the catalogue projection (null until known).
 */
public record ObservationRecord(UUID id, UUID initiativeId, String initiative, UUID cityId, String city, String country,
        String indicator, String phase, String period, LocalDate periodStart, String scope, BigDecimal value,
        String qualifier, BigDecimal low, BigDecimal high, String unit, BigDecimal normalizedValue,
        String indicatorUnit, Source source, String note, long version, OffsetDateTime updatedAt) {

    /** The document and the exact sentence the figure was read from. */
    public record Source(String document, String quote) {
    }
}

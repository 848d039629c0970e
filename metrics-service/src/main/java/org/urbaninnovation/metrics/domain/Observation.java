package org.urbaninnovation.metrics.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A figure that passed {@link ObservationChecks}: its vocabularies known, its period parsed, and its
 * value also in the indicator's unit ({@code normalizedValue}, what aggregates use).
 */
public record Observation(UUID initiativeId, String indicator, String phase, Period period, String scope,
        BigDecimal value, String qualifier, BigDecimal low, BigDecimal high, String unit,
        BigDecimal normalizedValue, String sourceDocument, String sourceQuote, String note) {
}

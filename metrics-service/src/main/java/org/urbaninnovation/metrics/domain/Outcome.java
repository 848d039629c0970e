package org.urbaninnovation.metrics.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * A baseline and a result of the same initiative, indicator and scope, compared in the
 * indicator's unit. Change is {@code result - baseline}; whether it is an improvement depends on
 * the indicator's direction (40 → 12 months of construction time improves, 30 % → 95 % of
 * students walking improves).
 */
public record Outcome(UUID initiativeId, String initiative, String city, String country, String indicator,
        String indicatorName, String unit, String direction, String scope, Figure baseline, Figure result,
        BigDecimal absoluteChange, BigDecimal relativeChangePercent, Boolean improved) {

    /** One side of the pair, as reported. */
    public record Figure(String period, BigDecimal value, String qualifier, BigDecimal low, BigDecimal high,
            String unit, BigDecimal normalizedValue, String quote) {
    }

    public static Outcome of(UUID initiativeId, String initiative, String city, String country, Indicator indicator,
            String scope, Figure baseline, Figure result) {
        BigDecimal change = baseline.normalizedValue() == null || result.normalizedValue() == null ? null
                : result.normalizedValue().subtract(baseline.normalizedValue());
        BigDecimal relative = change == null || baseline.normalizedValue().signum() == 0 ? null
                : change.multiply(BigDecimal.valueOf(100))
                        .divide(baseline.normalizedValue().abs(), new MathContext(12, RoundingMode.HALF_EVEN))
                        .setScale(2, RoundingMode.HALF_EVEN);
        return new Outcome(initiativeId, initiative, city, country, indicator.code, indicator.name, indicator.unit,
                indicator.direction, scope, baseline, result, change,
                relative, indicator.direction().improved(change));
    }
}

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

    /** A pair as stored, with the initiative's place from the catalogue projection (null until known). */
    public record Pair(UUID initiativeId, String initiative, String city, String country, String indicator, String scope,
            Figure baseline, Figure result) {
    }

    public static Outcome of(Pair pair, Indicator indicator) {
        BigDecimal baseline = pair.baseline().normalizedValue();
        BigDecimal result = pair.result().normalizedValue();
        BigDecimal change = baseline == null || result == null ? null : result.subtract(baseline);
        BigDecimal relative = change == null || baseline.signum() == 0 ? null
                : change.multiply(BigDecimal.valueOf(100))
                        .divide(baseline.abs(), new MathContext(12, RoundingMode.HALF_EVEN))
                        .setScale(2, RoundingMode.HALF_EVEN);
        return new Outcome(pair.initiativeId(), pair.initiative(), pair.city(), pair.country(), indicator.code,
                indicator.name, indicator.unit, indicator.direction, pair.scope(), pair.baseline(), pair.result(), change,
                relative, indicator.direction().improved(change));
    }
}

package org.urbaninnovation.metrics.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** Which way an indicator is good. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Direction> of(String wire) {
        return Arrays.stream(values()).filter(d -> d.wire().equals(wire)).findFirst();
    }

    /**
     * Whether a change from baseline to result is an improvement: null when the indicator has no
     * good direction or the change is unknown; no change is not an improvement.
     */
    public Boolean improved(BigDecimal change) {
        if (change == null || this == NEUTRAL) {
            return null;
        }
        int sign = change.signum();
        return this == HIGHER_IS_BETTER ? sign > 0 : sign < 0;
    }
}

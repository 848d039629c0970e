package org.urbaninnovation.metrics.domain;

import java.util.Arrays;
import java.util.Optional;

/** How exact a figure is, as the source worded it ("about 40", "more than 80", "20-50"). */
public enum Qualifier {
    EXACT, APPROXIMATELY, MORE_THAN, LESS_THAN, UP_TO, RANGE;

    public static final String NAMES = "exact, approximately, more_than, less_than, up_to, range";

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Qualifier> of(String wire) {
        return Arrays.stream(values()).filter(q -> q.wire().equals(wire)).findFirst();
    }
}

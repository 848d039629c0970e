package org.urbaninnovation.metrics.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where in an initiative's life a figure stands. */
public enum Phase {
    BASELINE, RESULT, TARGET, SCALE;

    public static final String NAMES = "baseline, result, target, scale";

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Phase> of(String wire) {
        return Arrays.stream(values()).filter(p -> p.wire().equals(wire)).findFirst();
    }
}

package org.urbaninnovation.metrics.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where in an initiative's life a figure stands. */
public enum Phase {
    BASELINE, RESULT, TARGET, SCALE,
    /**
     * Background that sets the scene of an outcome without being one (a disaster's losses, a share
     * of the population, a recognition, the donors of a school): never paired into an outcome.
     */
    CONTEXT;

    public static final String NAMES = "baseline, result, target, scale, context";

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Phase> of(String wire) {
        return Arrays.stream(values()).filter(p -> p.wire().equals(wire)).findFirst();
    }
}

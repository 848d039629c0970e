package org.urbaninnovation.submissions.domain.cycle;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The phases of an award cycle, in the only order a cycle goes through them. */
public enum Phase {
    DRAFT, OPEN, SCREENING, REVIEW, DELIBERATION, DECIDED, PUBLISHED;

    public static final String PATTERN = "draft|open|screening|review|deliberation|decided|published";

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Phase> of(String wire) {
        return Arrays.stream(values()).filter(p -> p.wire().equals(wire)).findFirst();
    }

    /** The phase after this one; a published cycle has none. */
    public Optional<Phase> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public boolean isAtLeast(Phase other) {
        return compareTo(other) >= 0;
    }
}

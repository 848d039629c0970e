package org.urbaninnovation.submissions.domain.jury;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An assignment stands until its juror declares a conflict of interest; then it never counts again. */
public enum AssignmentStatus {
    ACTIVE, CONFLICTED;

    public static final String PATTERN = "active|conflicted";

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AssignmentStatus> of(String wire) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(wire)).findFirst();
    }
}

package org.urbaninnovation.submissions.domain.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The roles a token's {@code groups} claim names. */
public enum Role {
    ADMIN, JURY, CITY, SERVICE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> of(String wire) {
        return Arrays.stream(values()).filter(r -> r.wire().equals(wire)).findFirst();
    }
}

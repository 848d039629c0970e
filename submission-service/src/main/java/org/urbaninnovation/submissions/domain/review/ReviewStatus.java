package org.urbaninnovation.submissions.domain.review;

import java.util.Locale;

/** A review is a draft its juror keeps editing until they file it. */
public enum ReviewStatus {
    NOT_STARTED, DRAFT, FILED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReviewStatus of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}

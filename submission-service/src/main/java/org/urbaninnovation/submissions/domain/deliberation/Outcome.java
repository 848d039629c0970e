package org.urbaninnovation.submissions.domain.deliberation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.urbaninnovation.submissions.domain.submission.SubmissionStatus;

/** What the jury decides for an eligible entry. Winners and special mentions are published to the catalogue. */
public enum Outcome {
    SHORTLISTED, WINNER, SPECIAL_MENTION, NOT_SELECTED;

    public static final String PATTERN = "shortlisted|winner|special_mention|not_selected";
    public static final String MESSAGE = "must be one of shortlisted, winner, special_mention, not_selected";

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Outcome> of(String wire) {
        return Arrays.stream(values()).filter(o -> o.wire().equals(wire)).findFirst();
    }

    /** Whether the outcome is an award the catalogue publishes. */
    public boolean isAwarded() {
        return this == WINNER || this == SPECIAL_MENTION;
    }

    /** Whether the entry is on the shortlist (winners and special mentions are chosen from it). */
    public boolean isShortlisted() {
        return this != NOT_SELECTED;
    }

    public SubmissionStatus status() {
        return SubmissionStatus.valueOf(name());
    }
}

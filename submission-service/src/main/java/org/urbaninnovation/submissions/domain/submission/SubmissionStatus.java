package org.urbaninnovation.submissions.domain.submission;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an entry stands: a city's draft, submitted, withdrawn, screened (eligible or not), and once
 * its cycle is published the outcome the jury decided. Decisions stay the secretariat's until then.
 */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, WITHDRAWN, ELIGIBLE, INELIGIBLE, SHORTLISTED, WINNER, SPECIAL_MENTION, NOT_SELECTED;

    public static final String PATTERN = "draft|submitted|withdrawn|eligible|ineligible|shortlisted|winner|special_mention|not_selected";
    public static final String MESSAGE = "must be one of draft, submitted, withdrawn, eligible, ineligible, shortlisted, winner, special_mention, not_selected";

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SubmissionStatus> of(String wire) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(wire)).findFirst();
    }
}

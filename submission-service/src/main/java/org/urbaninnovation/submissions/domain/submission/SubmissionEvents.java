package org.urbaninnovation.submissions.domain.submission;

import java.time.Instant;
import java.util.UUID;

/** What other services learn about an entry's life: that it was submitted, or withdrawn. */
public final class SubmissionEvents {

    public static final String AGGREGATE = "submission";
    public static final String SUBMITTED = "submission.submitted";
    public static final String WITHDRAWN = "submission.withdrawn";

    private SubmissionEvents() {
    }

    /** The payload of both events: which entry, in which cycle, from which city, and when. */
    public record Changed(UUID submissionId, UUID initiativeId, UUID cycleId, String cycleCode, UUID cityId, String title,
            String status, Instant at) {
    }
}

package org.urbaninnovation.submissions.domain.submission;

import java.util.UUID;

/** Whether a juror reviews an entry: what lets them read it once the review phase begins. */
public interface AssignedJurors {

    /** Whether the juror with this token subject holds an assignment to the entry, without a declared conflict. */
    boolean activelyAssigned(UUID submissionId, String subject);
}

package org.urbaninnovation.submissions.domain.submission;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.urbaninnovation.submissions.domain.common.PageRequest;
import org.urbaninnovation.submissions.domain.common.Slice;

/** The entries and their status histories. */
public interface SubmissionStore {

    Optional<Submission> byId(UUID id);

    void add(Submission submission);

    void addHistory(StatusChange change);

    List<StatusChange> history(UUID submissionId);

    Slice<SubmissionSummary> page(SubmissionFilter filter, PageRequest page);
}

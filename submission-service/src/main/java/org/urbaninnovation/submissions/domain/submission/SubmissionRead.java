package org.urbaninnovation.submissions.domain.submission;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.urbaninnovation.submissions.domain.cycle.Cycle;
import org.urbaninnovation.submissions.domain.submission.WordCount.SectionWords;

/** An entry as one reader may see it, with what it is judged against: its cycle's word limits and deadline. */
public record SubmissionRead(Submission submission, Cycle cycle, List<StatusChange> history,
        Map<String, SectionWords> wordCounts, Audience audience) {

    public Instant deadline() {
        return Deadline.effective(cycle.submissionDeadline(), submission.extensionUntil());
    }
}

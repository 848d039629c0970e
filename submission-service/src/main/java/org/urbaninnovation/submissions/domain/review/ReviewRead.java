package org.urbaninnovation.submissions.domain.review;

import java.util.List;
import java.util.Map;

import org.urbaninnovation.submissions.domain.cycle.Cycle;
import org.urbaninnovation.submissions.domain.jury.Assignment;

/** A juror's review of one assignment (or the empty one they have not started), with its history. */
public record ReviewRead(Assignment assignment, Cycle cycle, Review review, List<ReviewRevision> history) {

    public String version() {
        return review == null ? Review.NOT_STARTED : review.version();
    }

    public ReviewStatus status() {
        return review == null ? ReviewStatus.NOT_STARTED : review.status();
    }

    public Map<String, Integer> scores() {
        return review == null ? Map.of() : review.scores();
    }

    /** The weighted total once every criterion is scored, null before. */
    public Double weightedTotal() {
        return Scoring.totalIfComplete(scores(), cycle.criteria());
    }
}

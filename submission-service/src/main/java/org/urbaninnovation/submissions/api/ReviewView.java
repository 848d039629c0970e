package org.urbaninnovation.submissions.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.urbaninnovation.submissions.domain.review.ReviewRead;
import org.urbaninnovation.submissions.domain.review.ReviewRevision;

/** A juror's review of an assignment, with every saved version of it. */
public record ReviewView(UUID assignmentId, UUID submissionId, UUID jurorId, String status, Map<String, Integer> scores,
        String comment, Double weightedTotal, Instant filedAt, Instant updatedAt, String version, List<Revision> history) {

    public record Revision(int revision, String status, Map<String, Integer> scores, String comment, Instant savedAt) {
    }

    static ReviewView of(ReviewRead read) {
        var review = read.review();
        return new ReviewView(read.assignment().id(), read.assignment().submissionId(), read.assignment().jurorId(),
                read.status().wire(), read.scores(), review == null ? null : review.comment(), read.weightedTotal(),
                review == null ? null : review.filedAt(), review == null ? null : review.updatedAt(), read.version(),
                read.history().stream().map(ReviewView::revision).toList());
    }

    private static Revision revision(ReviewRevision r) {
        return new Revision(r.revision(), r.status().wire(), r.scores(), r.comment(), r.savedAt());
    }
}

package org.urbaninnovation.submissions.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.urbaninnovation.commons.http.Columns;
import org.urbaninnovation.submissions.domain.review.ReviewListing;
import org.urbaninnovation.submissions.domain.review.ScoredReview;

/** A review in an entry's list of reviews; {@code own} marks the caller's. */
public record ReviewListView(UUID assignmentId, UUID submissionId, UUID jurorId, String jurorName, String assignmentStatus,
        String status, Map<String, Integer> scores, String comment, Double weightedTotal, Instant filedAt, boolean own) {

    static ReviewListView of(ScoredReview scored) {
        ReviewListing r = scored.review();
        return new ReviewListView(r.assignmentId(), r.submissionId(), r.jurorId(), r.jurorName(), r.assignmentStatus(),
                r.status(), r.scores(), r.comment(), scored.weightedTotal(), r.filedAt(), scored.own());
    }

    static final Columns<ReviewListView> COLUMNS = new Columns<>(
            List.of("assignmentId", "submissionId", "jurorId", "jurorName", "assignmentStatus", "status", "scores",
                    "comment", "weightedTotal", "filedAt"),
            r -> java.util.Arrays.asList(r.assignmentId, r.submissionId, r.jurorId, r.jurorName, r.assignmentStatus, r.status,
                    r.scores.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList(), r.comment,
                    r.weightedTotal, r.filedAt));
}

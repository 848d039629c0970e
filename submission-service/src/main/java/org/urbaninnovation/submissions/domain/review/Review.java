package org.urbaninnovation.submissions.domain.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.urbaninnovation.commons.domain.Conflict;
import org.urbaninnovation.commons.domain.RuleViolated;
import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.submissions.domain.cycle.Criterion;
import org.urbaninnovation.submissions.domain.jury.Assignment;

/**
 * A juror's scores and comment on the entry of one assignment (its id is the assignment's). It is
 * a draft until filed; edits after filing are still possible during the review phase and every one
 * is kept as a {@link ReviewRevision}.
 */
@Entity
@Table(name = "review")
public class Review {

    @Id
    private UUID id;
    @Column(name = "cycle_id")
    private UUID cycleId;
    @Column(name = "submission_id")
    private UUID submissionId;
    @Column(name = "juror_id")
    private UUID jurorId;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Integer> scores;
    private String comment;
    private String status;
    @Column(name = "filed_at")
    private Instant filedAt;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Review() {
    }

    public static Review start(Assignment assignment, Instant now) {
        Review review = new Review();
        review.id = assignment.id();
        review.cycleId = assignment.cycleId();
        review.submissionId = assignment.submissionId();
        review.jurorId = assignment.jurorId();
        review.scores = new LinkedHashMap<>();
        review.status = ReviewStatus.DRAFT.wire();
        review.createdAt = now;
        review.updatedAt = now;
        return review;
    }

    /** The version of a review that does not exist yet, as its ETag names it. */
    public static final String NOT_STARTED = "0";

    public void save(Map<String, Integer> newScores, String newComment, Instant now) {
        scores = new LinkedHashMap<>(newScores);
        comment = newComment;
        updatedAt = now;
    }

    /** Files the review, which needs a score on every criterion and a comment. */
    public void file(List<Criterion> criteria, Instant now) {
        if (status() == ReviewStatus.FILED) {
            throw new Conflict("This review is filed already; later changes are saved as edits.");
        }
        List<Violation> gaps = Scoring.unfinished(scores, comment, criteria);
        if (!gaps.isEmpty()) {
            throw new RuleViolated("The review is not complete", gaps);
        }
        status = ReviewStatus.FILED.wire();
        filedAt = now;
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID cycleId() {
        return cycleId;
    }

    public UUID submissionId() {
        return submissionId;
    }

    public UUID jurorId() {
        return jurorId;
    }

    public Map<String, Integer> scores() {
        return scores;
    }

    public String comment() {
        return comment;
    }

    public ReviewStatus status() {
        return ReviewStatus.of(status);
    }

    public Instant filedAt() {
        return filedAt;
    }

    /** Counts from 1, so that it never equals {@link #NOT_STARTED}. */
    public String version() {
        return Long.toString(version + 1);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

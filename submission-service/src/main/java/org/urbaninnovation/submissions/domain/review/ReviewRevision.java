package org.urbaninnovation.submissions.domain.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A review as it stood after one save or its filing: nothing a juror wrote is lost. */
@Entity
@Table(name = "review_revision")
public class ReviewRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "review_id")
    private UUID reviewId;
    private int revision;
    private String status;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Integer> scores;
    private String comment;
    @Column(name = "saved_at")
    private Instant savedAt;
    @Column(name = "saved_by")
    private String savedBy;

    protected ReviewRevision() {
    }

    public static ReviewRevision of(Review review, int revision, String actor, Instant now) {
        ReviewRevision r = new ReviewRevision();
        r.reviewId = review.id();
        r.revision = revision;
        r.status = review.status().wire();
        r.scores = new LinkedHashMap<>(review.scores());
        r.comment = review.comment();
        r.savedAt = now;
        r.savedBy = actor;
        return r;
    }

    public int revision() {
        return revision;
    }

    public ReviewStatus status() {
        return ReviewStatus.of(status);
    }

    public Map<String, Integer> scores() {
        return scores;
    }

    public String comment() {
        return comment;
    }

    public Instant savedAt() {
        return savedAt;
    }
}

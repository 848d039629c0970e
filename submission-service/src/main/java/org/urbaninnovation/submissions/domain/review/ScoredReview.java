package org.urbaninnovation.submissions.domain.review;

/** A listed review and its weighted total (null while incomplete). */
public record ScoredReview(ReviewListing review, Double weightedTotal, boolean own) {
}

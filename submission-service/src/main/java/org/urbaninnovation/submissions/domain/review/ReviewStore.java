package org.urbaninnovation.submissions.domain.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.urbaninnovation.submissions.domain.common.PageRequest;
import org.urbaninnovation.submissions.domain.common.Slice;

public interface ReviewStore {

    Optional<Review> byId(UUID assignmentId);

    void add(Review review);

    void addRevision(ReviewRevision revision);

    List<ReviewRevision> revisions(UUID reviewId);

    /** An entry's reviews: all of them, or only the filed reviews of assignments that stand. */
    Slice<ReviewListing> ofSubmission(UUID submissionId, boolean filedAndStandingOnly, PageRequest page);
}

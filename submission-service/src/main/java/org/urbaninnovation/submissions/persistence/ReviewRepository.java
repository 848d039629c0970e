package org.urbaninnovation.submissions.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.submissions.domain.common.PageRequest;
import org.urbaninnovation.submissions.domain.common.Slice;
import org.urbaninnovation.submissions.domain.review.Review;
import org.urbaninnovation.submissions.domain.review.ReviewListing;
import org.urbaninnovation.submissions.domain.review.ReviewRevision;
import org.urbaninnovation.submissions.domain.review.ReviewStore;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReviewRepository implements ReviewStore, PanacheRepositoryBase<Review, UUID> {

    private static final String LISTING = "select new org.urbaninnovation.submissions.domain.review.ReviewListing("
            + "r.id, r.submissionId, r.jurorId, j.name, j.subject, a.status, r.status, r.scores, r.comment, r.filedAt, r.updatedAt)"
            + " from Review r join Assignment a on a.id = r.id join Juror j on j.id = r.jurorId";

    @Override
    public Optional<Review> byId(UUID assignmentId) {
        return findByIdOptional(assignmentId);
    }

    @Override
    public void add(Review review) {
        persist(review);
    }

    @Override
    public void addRevision(ReviewRevision revision) {
        getEntityManager().persist(revision);
    }

    @Override
    public List<ReviewRevision> revisions(UUID reviewId) {
        return getEntityManager()
                .createQuery("from ReviewRevision v where v.reviewId = :review order by v.revision", ReviewRevision.class)
                .setParameter("review", reviewId).getResultList();
    }

    @Override
    public Slice<ReviewListing> ofSubmission(UUID submissionId, boolean filedAndStandingOnly, PageRequest page) {
        Conditions conditions = new Conditions().and(submissionId, "r.submissionId = :submission", "submission");
        if (filedAndStandingOnly) {
            conditions.and("r.status = 'filed' and a.status = 'active'", java.util.Map.of());
        }
        List<ReviewListing> items = conditions.bind(getEntityManager()
                .createQuery(LISTING + conditions.where() + " order by r.filedAt nulls last, r.id", ReviewListing.class))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = conditions.bind(getEntityManager().createQuery(
                "select count(r) from Review r join Assignment a on a.id = r.id" + conditions.where(), Long.class))
                .getSingleResult();
        return new Slice<>(items, total);
    }
}

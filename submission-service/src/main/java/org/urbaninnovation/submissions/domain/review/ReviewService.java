package org.urbaninnovation.submissions.domain.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.urbaninnovation.commons.domain.Conflict;
import org.urbaninnovation.commons.domain.ExpectedVersion;
import org.urbaninnovation.commons.domain.InvalidInput;
import org.urbaninnovation.commons.domain.RuleViolated;
import org.urbaninnovation.submissions.domain.audit.AuditTrail;
import org.urbaninnovation.submissions.domain.common.Caller;
import org.urbaninnovation.submissions.domain.common.PageRequest;
import org.urbaninnovation.submissions.domain.common.Slice;
import org.urbaninnovation.submissions.domain.cycle.Cycle;
import org.urbaninnovation.submissions.domain.cycle.CycleStore;
import org.urbaninnovation.submissions.domain.cycle.Phase;
import org.urbaninnovation.submissions.domain.jury.Assignment;
import org.urbaninnovation.submissions.domain.jury.JuryService;
import org.urbaninnovation.submissions.domain.submission.AssignedJurors;
import org.urbaninnovation.submissions.domain.submission.SubmissionService;
import org.urbaninnovation.submissions.domain.submission.SubmissionStore;

/**
 * Jurors score their entries in the review phase. A juror sees the other reviews of an entry only
 * after filing their own, so that nobody scores under the influence of another.
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    static final String ENTITY = "review";

    private final ReviewStore reviews;
    private final JuryService jury;
    private final CycleStore cycles;
    private final SubmissionStore submissions;
    private final AssignedJurors assignedJurors;
    private final AuditTrail audit;
    private final Clock clock;

    public ReviewService(ReviewStore reviews, JuryService jury, CycleStore cycles, SubmissionStore submissions,
            AssignedJurors assignedJurors, AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.jury = jury;
        this.cycles = cycles;
        this.submissions = submissions;
        this.assignedJurors = assignedJurors;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReviewRead get(UUID assignmentId, Caller juror) {
        Assignment assignment = standing(assignmentId, juror);
        Cycle cycle = cycles.byId(assignment.cycleId()).orElseThrow();
        if (!cycle.phase().isAtLeast(Phase.REVIEW)) {
            throw new Conflict("Reviews begin with the review phase; the cycle is in " + cycle.phase().wire() + ".");
        }
        return read(assignment, cycle);
    }

    /** Saves the juror's draft (or edits a filed review), if it is still the version they read. */
    public ReviewRead save(UUID assignmentId, Caller juror, ExpectedVersion expected, ReviewDraft draft) {
        Assignment assignment = standing(assignmentId, juror);
        Cycle cycle = cycles.share(assignment.cycleId()).orElseThrow();
        cycle.requirePhase("Scoring", Phase.REVIEW);
        InvalidInput.throwIfAny(Scoring.invalid(draft.scores(), cycle.criteria(), cycle.scoreScale()));
        Instant now = clock.instant();
        Review review = reviews.byId(assignmentId).orElse(null);
        expected.require("The review", review == null ? Review.NOT_STARTED : review.version());
        ReviewDraft before = review == null ? null : new ReviewDraft(review.scores(), review.comment());
        if (review == null) {
            // Saved before it is added, so the first save is one insert and the review's first version.
            review = Review.start(assignment, now);
            review.save(draft.scores(), draft.comment(), now);
            reviews.add(review);
        } else {
            review.save(draft.scores(), draft.comment(), now);
        }
        keep(review, juror, "review.saved", before, now);
        return read(assignment, cycle);
    }

    public ReviewRead file(UUID assignmentId, Caller juror, ExpectedVersion expected) {
        Assignment assignment = standing(assignmentId, juror);
        Cycle cycle = cycles.share(assignment.cycleId()).orElseThrow();
        cycle.requirePhase("Filing a review", Phase.REVIEW);
        Review review = reviews.byId(assignmentId).orElse(null);
        if (review == null) {
            throw new RuleViolated("The review is not complete", Scoring.unfinished(Map.of(), null, cycle.criteria()));
        }
        expected.require("The review", review.version());
        ReviewDraft before = new ReviewDraft(review.scores(), review.comment());
        review.file(cycle.criteria(), clock.instant());
        keep(review, juror, "review.filed", before, clock.instant());
        return read(assignment, cycle);
    }

    /**
     * An entry's reviews: all of them for the secretariat; for a juror of the entry who filed their
     * own, the filed reviews of the jurors whose assignments stand.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<ScoredReview> ofSubmission(UUID submissionId, Caller caller, PageRequest page) {
        Cycle cycle = submissions.byId(submissionId).flatMap(s -> cycles.byId(s.cycleId()))
                .orElseThrow(() -> SubmissionService.notFound(submissionId));
        if (caller.isAdmin()) {
            return score(reviews.ofSubmission(submissionId, false, page), cycle, caller);
        }
        if (!caller.isJuror() || !cycle.phase().isAtLeast(Phase.REVIEW)
                || !assignedJurors.activelyAssigned(submissionId, caller.subject())) {
            throw SubmissionService.notFound(submissionId);
        }
        Slice<ReviewListing> filed = reviews.ofSubmission(submissionId, true, new PageRequest(0, Integer.MAX_VALUE));
        if (filed.items().stream().noneMatch(r -> r.jurorSubject().equals(caller.subject()))) {
            throw new Conflict("File your own review of this entry first; the others' stay hidden until then.");
        }
        return score(reviews.ofSubmission(submissionId, true, page), cycle, caller);
    }

    private Slice<ScoredReview> score(Slice<ReviewListing> listed, Cycle cycle, Caller caller) {
        return listed.map(r -> new ScoredReview(r, Scoring.totalIfComplete(r.scores(), cycle.criteria()),
                r.jurorSubject().equals(caller.subject())));
    }

    private void keep(Review review, Caller juror, String action, ReviewDraft before, Instant now) {
        int revision = reviews.revisions(review.id()).size() + 1;
        reviews.addRevision(ReviewRevision.of(review, revision, juror.subject(), now));
        audit.record(juror.subject(), action, ENTITY, review.id(), review.cycleId(), before,
                new Snapshot(review.status().wire(), review.scores(), review.comment()));
    }

    private record Snapshot(String status, Map<String, Integer> scores, String comment) {
    }

    /** The caller's own assignment, which must still stand: after a declared conflict there is nothing to review. */
    private Assignment standing(UUID assignmentId, Caller juror) {
        Assignment assignment = jury.own(assignmentId, juror);
        if (!assignment.isActive()) {
            throw new Conflict("You declared a conflict of interest with this entry; it is no longer yours to review.");
        }
        return assignment;
    }

    private ReviewRead read(Assignment assignment, Cycle cycle) {
        Review review = reviews.byId(assignment.id()).orElse(null);
        List<ReviewRevision> history = review == null ? List.of() : reviews.revisions(review.id());
        return new ReviewRead(assignment, cycle, review, history);
    }
}

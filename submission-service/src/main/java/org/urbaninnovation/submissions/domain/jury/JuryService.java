package org.urbaninnovation.submissions.domain.jury;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.urbaninnovation.commons.domain.Conflict;
import org.urbaninnovation.commons.domain.NotFound;
import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.submissions.domain.audit.AuditTrail;
import org.urbaninnovation.submissions.domain.common.Caller;
import org.urbaninnovation.submissions.domain.common.PageRequest;
import org.urbaninnovation.submissions.domain.common.Slice;
import org.urbaninnovation.submissions.domain.cycle.Cycle;
import org.urbaninnovation.submissions.domain.cycle.CycleStore;
import org.urbaninnovation.submissions.domain.cycle.Phase;
import org.urbaninnovation.submissions.domain.jury.AssignmentPlanner.Entry;
import org.urbaninnovation.submissions.domain.jury.AssignmentPlanner.Pair;
import org.urbaninnovation.submissions.domain.jury.AssignmentPlanner.Plan;
import org.urbaninnovation.submissions.domain.submission.Submission;
import org.urbaninnovation.submissions.domain.submission.SubmissionService;
import org.urbaninnovation.submissions.domain.submission.SubmissionStore;

/**
 * The jury of a cycle: its members, who reviews what, and the conflicts of interest they declare.
 * Assignments and conflict declarations of one cycle take its lock, so an automatic assignment
 * never plans around a conflict that is being declared at that moment.
 */
@ApplicationScoped
@Transactional
public class JuryService {

    static final String JUROR = "juror";
    static final String ASSIGNMENT = "assignment";

    private final CycleStore cycles;
    private final SubmissionStore submissions;
    private final JurorStore jurors;
    private final AssignmentStore assignments;
    private final AuditTrail audit;
    private final Clock clock;

    public JuryService(CycleStore cycles, SubmissionStore submissions, JurorStore jurors, AssignmentStore assignments,
            AuditTrail audit, Clock clock) {
        this.cycles = cycles;
        this.submissions = submissions;
        this.jurors = jurors;
        this.assignments = assignments;
        this.audit = audit;
        this.clock = clock;
    }

    /** A juror joins a cycle's jury until its decisions are taken. */
    public Juror register(UUID cycleId, JurorDraft draft, String actor) {
        Cycle cycle = cycles.share(cycleId).orElseThrow(() -> new NotFound("No cycle " + cycleId + "."));
        cycle.requirePhase("Registering a juror", Phase.DRAFT, Phase.OPEN, Phase.SCREENING, Phase.REVIEW);
        if (jurors.subjectTaken(cycleId, draft.subject())) {
            throw new Conflict("A juror with subject " + draft.subject() + " is registered in this cycle already.",
                    List.of(new Violation("subject", "is registered in this cycle already")));
        }
        Juror juror = Juror.register(UUID.randomUUID(), cycleId, draft, clock.instant());
        jurors.add(juror);
        audit.record(actor, "juror.registered", JUROR, juror.id(), cycleId, null, draft);
        return juror;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Juror> jurors(UUID cycleId, PageRequest page) {
        cycles.byId(cycleId).orElseThrow(() -> new NotFound("No cycle " + cycleId + "."));
        return jurors.page(cycleId, page);
    }

    /** The secretariat assigns one juror to one eligible entry, under the same rules as the automatic assignment. */
    public AssignmentSummary assign(UUID cycleId, UUID submissionId, UUID jurorId, String actor) {
        Cycle cycle = lockForAssignment(cycleId);
        Submission submission = submissions.byId(submissionId).filter(s -> s.cycleId().equals(cycleId))
                .orElseThrow(() -> SubmissionService.notFound(submissionId));
        if (!submission.isEligible()) {
            throw new Conflict("Only an entry screened eligible is assigned to jurors; this one is " + submission.status().wire() + ".",
                    List.of(new Violation("submissionId", "is not eligible")));
        }
        Juror juror = jurors.byId(jurorId).filter(j -> j.cycleId().equals(cycleId))
                .orElseThrow(() -> new NotFound("No juror " + jurorId + " in this cycle."));
        Entry entry = new Entry(submissionId, submission.cityId(), submission.countryCode());
        if (!AssignmentPlanner.mayReview(juror.asReviewer(), entry)) {
            throw new Conflict("A juror never reviews an entry from their own city or country.",
                    List.of(new Violation("jurorId", "is from the entry's city or country")));
        }
        if (assignments.paired(submissionId, jurorId)) {
            throw new Conflict("This juror has been assigned to this entry before (or declared a conflict with it).",
                    List.of(new Violation("jurorId", "is or was assigned to this entry")));
        }
        Assignment assignment = Assignment.of(UUID.randomUUID(), cycleId, submissionId, jurorId, actor, clock.instant());
        assignments.add(assignment);
        audit.record(actor, "assignment.created", ASSIGNMENT, assignment.id(), cycle.id(), null,
                Map.of("submissionId", submissionId, "jurorId", jurorId));
        return assignments.summary(assignment.id()).orElseThrow();
    }

    /**
     * Fills every eligible entry up to {@code perSubmission} jurors (the cycle's reviews per entry by
     * default), balanced, in one read of the cycle and one write; a dry run only says what it would do.
     */
    public AutoAssignment autoAssign(UUID cycleId, Integer perSubmission, boolean dryRun, String actor) {
        Cycle cycle = lockForAssignment(cycleId);
        int k = perSubmission == null ? cycle.reviewsPerSubmission() : perSubmission;
        List<Entry> entries = assignments.eligibleEntries(cycleId);
        List<Juror> members = jurors.ofCycle(cycleId);
        AssignmentStore.Pairs pairs = assignments.pairs(cycleId);
        Plan plan = AssignmentPlanner.plan(entries, members.stream().map(Juror::asReviewer).toList(), pairs.active(),
                pairs.all(), k);
        if (!dryRun && !plan.assignments().isEmpty()) {
            Instant now = clock.instant();
            List<Assignment> created = new ArrayList<>();
            List<AuditTrail.Change> changes = new ArrayList<>();
            for (Pair pair : plan.assignments()) {
                Assignment assignment = Assignment.of(UUID.randomUUID(), cycleId, pair.submissionId(), pair.jurorId(), actor, now);
                created.add(assignment);
                changes.add(new AuditTrail.Change(assignment.id(), null, pair));
            }
            assignments.addAll(created);
            audit.recordAll(actor, "assignment.created", ASSIGNMENT, cycleId, changes);
        }
        return new AutoAssignment(dryRun, k, entries.size(), members.size(), plan.assignments(), plan.shortfalls(),
                plan.minLoad(), plan.maxLoad());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<AssignmentSummary> assignments(Caller caller, AssignmentFilter filter, PageRequest page) {
        return assignments.page(caller.isAdmin() ? filter : filter.ownedBy(caller.subject()), page);
    }

    /** The assigned juror declares a conflict of interest; the entry then needs another juror. */
    public AssignmentSummary declareConflict(UUID assignmentId, Caller juror, String reason) {
        Assignment assignment = own(assignmentId, juror);
        Cycle cycle = cycles.lock(assignment.cycleId()).orElseThrow();
        cycle.requirePhase("Declaring a conflict of interest", Phase.SCREENING, Phase.REVIEW);
        assignment.declareConflict(reason, clock.instant());
        audit.record(juror.subject(), "assignment.conflict", ASSIGNMENT, assignmentId, cycle.id(),
                Map.of("status", AssignmentStatus.ACTIVE.wire()),
                Map.of("status", AssignmentStatus.CONFLICTED.wire(), "reason", reason));
        return assignments.summary(assignmentId).orElseThrow();
    }

    /** The caller's own assignment; anyone else's does not exist for them. */
    public Assignment own(UUID assignmentId, Caller juror) {
        Assignment assignment = assignments.byId(assignmentId).orElseThrow(() -> notFound(assignmentId));
        Juror member = jurors.byId(assignment.jurorId()).orElseThrow();
        if (!member.subject().equals(juror.subject())) {
            throw notFound(assignmentId);
        }
        return assignment;
    }

    private Cycle lockForAssignment(UUID cycleId) {
        Cycle cycle = cycles.lock(cycleId).orElseThrow(() -> new NotFound("No cycle " + cycleId + "."));
        cycle.requirePhase("Assigning jurors", Phase.SCREENING, Phase.REVIEW);
        return cycle;
    }

    static NotFound notFound(UUID id) {
        return new NotFound("No assignment " + id + ".");
    }
}

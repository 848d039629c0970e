package org.urbaninnovation.submissions.domain.submission;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.urbaninnovation.commons.domain.ExpectedVersion;
import org.urbaninnovation.commons.domain.NotFound;
import org.urbaninnovation.submissions.domain.audit.AuditTrail;
import org.urbaninnovation.submissions.domain.common.Caller;
import org.urbaninnovation.submissions.domain.common.Events;
import org.urbaninnovation.submissions.domain.common.PageRequest;
import org.urbaninnovation.submissions.domain.common.Slice;
import org.urbaninnovation.submissions.domain.cycle.Cycle;
import org.urbaninnovation.submissions.domain.cycle.CycleStore;
import org.urbaninnovation.submissions.domain.cycle.Phase;

/**
 * A city's entry from draft to submission, and what the secretariat does with it before the jury
 * sees it: screening and extensions. Another city's entry, and for a juror an entry not assigned to
 * them, does not exist as far as the caller can tell.
 */
@ApplicationScoped
@Transactional
public class SubmissionService {

    public static final String ENTITY = "submission";

    private final SubmissionStore submissions;
    private final CycleStore cycles;
    private final AssignedJurors assignedJurors;
    private final AuditTrail audit;
    private final Events events;
    private final Clock clock;

    public SubmissionService(SubmissionStore submissions, CycleStore cycles, AssignedJurors assignedJurors, AuditTrail audit,
            Events events, Clock clock) {
        this.submissions = submissions;
        this.cycles = cycles;
        this.assignedJurors = assignedJurors;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A new draft of the caller's own city, in a cycle open for entries. */
    public SubmissionRead createDraft(UUID cycleId, Caller city, SubmissionContent content) {
        Cycle cycle = cycles.share(cycleId).orElseThrow(() -> new NotFound("No cycle " + cycleId + "."));
        cycle.requirePhase("Creating an entry", Phase.OPEN);
        Instant now = clock.instant();
        Submission submission = Submission.draft(UUID.randomUUID(), cycleId, city.cityId(), content, city.subject(), now);
        submissions.add(submission);
        submissions.addHistory(StatusChange.of(submission, city.subject(), null, now));
        audit.record(city.subject(), "submission.created", ENTITY, submission.id(), cycleId, null, content);
        return read(submission, cycle, Audience.OWNER);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<SubmissionSummary> list(Caller caller, SubmissionFilter filter, PageRequest page) {
        if (caller.isAdmin()) {
            return submissions.page(filter, page);
        }
        if (caller.isJuror()) {
            return submissions.page(filter.assignedTo(caller.subject()), page);
        }
        return caller.cityId() == null ? new Slice<>(List.of(), 0) : submissions.page(filter.ofCity(caller.cityId()), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubmissionRead get(UUID id, Caller caller) {
        Submission submission = submissions.byId(id).orElseThrow(() -> notFound(id));
        Cycle cycle = cycles.byId(submission.cycleId()).orElseThrow();
        return read(submission, cycle, audienceOf(caller, submission, cycle));
    }

    /** Applies the city's change to its draft (an autosave), if the draft is still the version it read. */
    public SubmissionRead edit(UUID id, Caller city, ExpectedVersion expected, UnaryOperator<SubmissionContent> change) {
        Submission submission = owned(id, city);
        expected.require("The entry", submission.version());
        Cycle cycle = cycles.byId(submission.cycleId()).orElseThrow();
        cycle.requirePhase("Editing an entry", Phase.OPEN);
        SubmissionContent before = submission.content();
        submission.edit(change.apply(before), clock.instant());
        audit.record(city.subject(), "submission.updated", ENTITY, id, cycle.id(), before, submission.content());
        return read(submission, cycle, Audience.OWNER);
    }

    /** Submits the draft: before the deadline (or its extension), complete, or refused naming every gap. */
    public SubmissionRead submit(UUID id, Caller city, ExpectedVersion expected) {
        Submission submission = owned(id, city);
        Cycle cycle = cycles.share(submission.cycleId()).orElseThrow();
        expected.require("The entry", submission.version());
        cycle.requirePhase("Submitting an entry", Phase.OPEN);
        Instant now = clock.instant();
        SubmissionStatus from = submission.status();
        submission.submit(now, cycle.submissionDeadline(), cycle.wordLimits());
        changed(submission, from, cycle, city.subject(), "submission.submitted", null, now);
        events.publish(SubmissionEvents.SUBMITTED, SubmissionEvents.AGGREGATE, id, payload(submission, cycle, now));
        return read(submission, cycle, Audience.OWNER);
    }

    public SubmissionRead withdraw(UUID id, Caller city, ExpectedVersion expected) {
        Submission submission = owned(id, city);
        Cycle cycle = cycles.share(submission.cycleId()).orElseThrow();
        expected.require("The entry", submission.version());
        cycle.requirePhase("Withdrawing an entry", Phase.OPEN, Phase.SCREENING);
        Instant now = clock.instant();
        SubmissionStatus from = submission.status();
        submission.withdraw(now);
        changed(submission, from, cycle, city.subject(), "submission.withdrawn", null, now);
        events.publish(SubmissionEvents.WITHDRAWN, SubmissionEvents.AGGREGATE, id, payload(submission, cycle, now));
        return read(submission, cycle, Audience.OWNER);
    }

    /** The technical committee's screening of a submitted entry, while the cycle is in screening. */
    public SubmissionRead screen(UUID id, boolean eligible, String reason, String actor) {
        Submission submission = submissions.byId(id).orElseThrow(() -> notFound(id));
        Cycle cycle = cycles.share(submission.cycleId()).orElseThrow();
        cycle.requirePhase("Screening", Phase.SCREENING);
        Instant now = clock.instant();
        SubmissionStatus from = submission.status();
        submission.screen(eligible, reason, now);
        changed(submission, from, cycle, actor, "submission.screened", reason, now);
        return read(submission, cycle, Audience.SECRETARIAT);
    }

    /** Lets one draft be submitted after the deadline, while the cycle still takes entries. */
    public SubmissionRead grantExtension(UUID id, Instant until, String reason, String actor) {
        Submission submission = submissions.byId(id).orElseThrow(() -> notFound(id));
        Cycle cycle = cycles.share(submission.cycleId()).orElseThrow();
        cycle.requirePhase("An extension", Phase.OPEN);
        Instant before = submission.extensionUntil();
        submission.grantExtension(until, reason, cycle.submissionDeadline(), clock.instant());
        audit.record(actor, "submission.extension", ENTITY, id, cycle.id(), new Extension(before, null),
                new Extension(until, reason));
        return read(submission, cycle, Audience.SECRETARIAT);
    }

    private record Extension(Instant until, String reason) {
    }

    private record StatusSnapshot(String status, String reason) {
    }

    /** Records a status change in the entry's history and in the audit trail. */
    private void changed(Submission submission, SubmissionStatus from, Cycle cycle, String actor, String action,
            String reason, Instant now) {
        submissions.addHistory(StatusChange.of(submission, actor, reason, now));
        audit.record(actor, action, ENTITY, submission.id(), cycle.id(), new StatusSnapshot(from.wire(), null),
                new StatusSnapshot(submission.status().wire(), reason));
    }

    private static SubmissionEvents.Changed payload(Submission submission, Cycle cycle, Instant now) {
        return new SubmissionEvents.Changed(submission.id(), submission.initiativeId(), cycle.id(), cycle.code(),
                submission.cityId(), submission.title(), submission.status().wire(), now);
    }

    private Submission owned(UUID id, Caller city) {
        Submission submission = submissions.byId(id).orElseThrow(() -> notFound(id));
        if (!city.represents(submission.cityId())) {
            throw notFound(id);
        }
        return submission;
    }

    private Audience audienceOf(Caller caller, Submission submission, Cycle cycle) {
        if (caller.represents(submission.cityId())) {
            return Audience.OWNER;
        }
        if (caller.isAdmin()) {
            return Audience.SECRETARIAT;
        }
        if (caller.isJuror() && cycle.phase().isAtLeast(Phase.REVIEW) && submission.isEligible()
                && assignedJurors.activelyAssigned(submission.id(), caller.subject())) {
            return Audience.JUROR;
        }
        throw notFound(submission.id());
    }

    private SubmissionRead read(Submission submission, Cycle cycle, Audience audience) {
        List<StatusChange> history = audience.seesEverything() ? submissions.history(submission.id()) : List.of();
        return new SubmissionRead(submission, cycle, history,
                WordCount.perSection(submission.content().sectionsOrEmpty(), cycle.wordLimits()), audience);
    }

    public static NotFound notFound(UUID id) {
        return new NotFound("No submission " + id + ".");
    }
}

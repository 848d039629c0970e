package org.urbaninnovation.submissions.domain.deliberation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.urbaninnovation.commons.domain.Conflict;
import org.urbaninnovation.commons.domain.NotFound;
import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.submissions.domain.audit.AuditTrail;
import org.urbaninnovation.submissions.domain.common.Events;
import org.urbaninnovation.submissions.domain.common.PageRequest;
import org.urbaninnovation.submissions.domain.common.Slice;
import org.urbaninnovation.submissions.domain.cycle.Cycle;
import org.urbaninnovation.submissions.domain.cycle.CycleStore;
import org.urbaninnovation.submissions.domain.cycle.Phase;
import org.urbaninnovation.submissions.domain.submission.Submission;
import org.urbaninnovation.submissions.domain.submission.SubmissionService;
import org.urbaninnovation.submissions.domain.submission.SubmissionStore;

/** The secretariat reads the ranking and records the jury's decisions. */
@ApplicationScoped
@Transactional
public class DeliberationService {

    static final String ENTITY = "decision";

    private final CycleStore cycles;
    private final SubmissionStore submissions;
    private final ScoreSheets scoreSheets;
    private final DecisionStore decisions;
    private final DeliberationSettings settings;
    private final AuditTrail audit;
    private final Events events;
    private final Clock clock;
    private final RankingCache rankings;

    public DeliberationService(CycleStore cycles, SubmissionStore submissions, ScoreSheets scoreSheets,
            DecisionStore decisions, DeliberationSettings settings, AuditTrail audit, Events events, Clock clock,
            RankingCache rankings) {
        this.rankings = rankings;
        this.cycles = cycles;
        this.submissions = submissions;
        this.scoreSheets = scoreSheets;
        this.decisions = decisions;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The whole ranking is computed from two reads, then the page asked for is cut from it; it is
     * computed again only when what it reads has changed ({@link RankingCache}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<RankedContender> ranking(UUID cycleId, Ranking.Order order, PageRequest page) {
        Cycle cycle = cycles.byId(cycleId).orElseThrow(() -> new NotFound("No cycle " + cycleId + "."));
        String inputs = scoreSheets.fingerprint(cycleId) + "|" + cycle.version() + "|" + settings.disagreementThreshold();
        RankingCache.Computed computed = rankings.get(cycleId, order, inputs, () -> {
            List<Contender> contenders = scoreSheets.contenders(cycleId);
            Map<UUID, Contender> byId = new HashMap<>();
            contenders.forEach(c -> byId.put(c.submissionId(), c));
            return new RankingCache.Computed(Ranking.rank(
                    contenders.stream().map(c -> new Ranking.Entry(c.submissionId(), c.submittedAt())).toList(),
                    scoreSheets.filedReviews(cycleId), cycle.criteria(), settings.disagreementThreshold(), order), byId);
        });
        List<RankedContender> items = computed.ranked().stream().skip(page.offset()).limit(page.size())
                .map(r -> new RankedContender(r, computed.contenders().get(r.submissionId()))).toList();
        return new Slice<>(items, computed.ranked().size());
    }

    public double disagreementThreshold() {
        return settings.disagreementThreshold();
    }

    /** Records the jury's decision on an eligible entry, superseding any earlier one, within the cycle's limits. */
    public Decision decide(UUID cycleId, DecisionDraft draft, String actor) {
        Cycle cycle = cycles.lock(cycleId).orElseThrow(() -> new NotFound("No cycle " + cycleId + "."));
        cycle.requirePhase("Recording a decision", Phase.DELIBERATION);
        Submission submission = submissions.byId(draft.submissionId()).filter(s -> s.cycleId().equals(cycleId))
                .orElseThrow(() -> SubmissionService.notFound(draft.submissionId()));
        if (!submission.isEligible()) {
            throw new Conflict("Only an eligible entry is decided on; this one is " + submission.status().wire() + ".",
                    List.of(new Violation("submissionId", "is not eligible")));
        }
        Outcome outcome = Outcome.of(draft.outcome()).orElseThrow();
        DecisionRules.check(outcome, decisions.tally(cycleId, submission.id()), cycle);
        Instant now = clock.instant();
        Decision previous = decisions.current(submission.id()).orElse(null);
        if (previous != null) {
            previous.supersede(now);
        }
        Decision decision = Decision.of(UUID.randomUUID(), cycleId, submission.id(), outcome, draft.rationale(), actor, now);
        decisions.add(decision);
        audit.record(actor, "decision.recorded", ENTITY, submission.id(), cycleId,
                previous == null ? null : new Recorded(previous.outcome().wire(), previous.rationale()),
                new Recorded(outcome.wire(), draft.rationale()));
        events.publish(AwardEvents.DECISION_RECORDED, AwardEvents.DECISION, decision.id(),
                new AwardEvents.DecisionRecorded(decision.id(), submission.id(), submission.initiativeId(), cycleId,
                        cycle.code(), outcome.wire(), draft.rationale(), now));
        return decision;
    }

    private record Recorded(String outcome, String rationale) {
    }
}

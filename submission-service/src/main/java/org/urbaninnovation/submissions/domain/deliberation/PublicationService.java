package org.urbaninnovation.submissions.domain.deliberation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.urbaninnovation.commons.domain.ExpectedVersion;
import org.urbaninnovation.commons.domain.NotFound;
import org.urbaninnovation.submissions.domain.audit.AuditTrail;
import org.urbaninnovation.submissions.domain.common.Events;
import org.urbaninnovation.submissions.domain.cycle.Cycle;
import org.urbaninnovation.submissions.domain.cycle.CycleService;
import org.urbaninnovation.submissions.domain.cycle.CycleStore;
import org.urbaninnovation.submissions.domain.cycle.Phase;
import org.urbaninnovation.submissions.domain.submission.StatusChange;
import org.urbaninnovation.submissions.domain.submission.Submission;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent;
import org.urbaninnovation.submissions.domain.submission.SubmissionStore;

/**
 * Publishing a decided cycle: every decided entry takes its outcome as its status, and each winner
 * and special mention is announced once. The announcement and the phase change commit together
 * under the cycle's lock, so publishing again (a retry, a second secretariat member) announces nothing.
 */
@ApplicationScoped
@Transactional
public class PublicationService {

    private final CycleStore cycles;
    private final CycleService cycleService;
    private final SubmissionStore submissions;
    private final DecisionStore decisions;
    private final AuditTrail audit;
    private final Events events;
    private final Clock clock;

    public PublicationService(CycleStore cycles, CycleService cycleService, SubmissionStore submissions,
            DecisionStore decisions, AuditTrail audit, Events events, Clock clock) {
        this.cycles = cycles;
        this.cycleService = cycleService;
        this.submissions = submissions;
        this.decisions = decisions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Publishes the cycle; a cycle published already is answered as it is, and nothing is announced again. */
    public Cycle publish(UUID cycleId, ExpectedVersion expected, String actor) {
        Cycle cycle = cycles.lock(cycleId).orElseThrow(() -> new NotFound("No cycle " + cycleId + "."));
        if (cycle.phase() == Phase.PUBLISHED) {
            return cycle;
        }
        expected.require("The cycle", cycle.version());
        cycle.requirePhase("Publishing", Phase.DECIDED);
        cycleService.advance(cycle, Phase.PUBLISHED, actor);
        Instant now = clock.instant();
        List<AuditTrail.Change> changes = new ArrayList<>();
        for (Decision decision : decisions.currentOf(cycleId)) {
            Submission submission = submissions.byId(decision.submissionId()).orElseThrow();
            changes.add(new AuditTrail.Change(submission.id(), Map.of("status", submission.status().wire()),
                    Map.of("status", decision.outcome().wire())));
            submission.award(decision.outcome().status(), now);
            submissions.addHistory(StatusChange.of(submission, actor, decision.rationale(), now));
            if (decision.outcome().isAwarded()) {
                events.publish(AwardEvents.INITIATIVE_AWARDED, AwardEvents.INITIATIVE, submission.initiativeId(),
                        awarded(submission, decision, cycle, now));
            }
        }
        audit.recordAll(actor, "submission.awarded", "submission", cycleId, changes);
        return cycle;
    }

    private static AwardEvents.InitiativeAwarded awarded(Submission submission, Decision decision, Cycle cycle, Instant now) {
        SubmissionContent content = submission.content();
        Map<String, String> sections = new LinkedHashMap<>();
        content.sectionsOrEmpty().forEach((section, text) -> {
            if (!text.isBlank()) {
                sections.put(section, text);
            }
        });
        SubmissionContent.CityData city = content.city();
        return new AwardEvents.InitiativeAwarded(submission.initiativeId(), submission.id(),
                new AwardEvents.CycleRef(cycle.id(), cycle.code(), cycle.name(), cycle.number()),
                decision.outcome().wire(), decision.rationale(), now,
                new AwardEvents.AwardedInitiative(submission.initiativeId(), content.title(), submission.cityId(), cycle.code(),
                        content.summary(), sections, content.innovationType(), orEmpty(content.themes()),
                        orEmpty(content.tags()), orEmpty(content.sdgs()), orEmpty(content.partners())),
                new AwardEvents.AwardedCity(submission.cityId(), city.name(), city.country(), city.population(), city.areaKm2(),
                        city.densityPerKm2(), city.gdpPerCapitaUsd(), city.growthRate(), city.mainSourcesOfProsperity()),
                orEmpty(content.outcomeClaims()));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

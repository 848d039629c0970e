package org.urbaninnovation.submissions.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.urbaninnovation.commons.seed.SeedResource;
import org.urbaninnovation.submissions.domain.audit.AuditTrail;
import org.urbaninnovation.submissions.domain.cycle.Cycle;
import org.urbaninnovation.submissions.domain.cycle.CycleSettings;
import org.urbaninnovation.submissions.domain.cycle.CycleStore;
import org.urbaninnovation.submissions.domain.cycle.Phase;
import org.urbaninnovation.submissions.domain.deliberation.Decision;
import org.urbaninnovation.submissions.domain.deliberation.DecisionStore;
import org.urbaninnovation.submissions.domain.deliberation.Outcome;
import org.urbaninnovation.submissions.domain.jury.Juror;
import org.urbaninnovation.submissions.domain.jury.JurorDraft;
import org.urbaninnovation.submissions.domain.jury.JurorStore;
import org.urbaninnovation.submissions.domain.submission.StatusChange;
import org.urbaninnovation.submissions.domain.submission.Submission;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent;
import org.urbaninnovation.submissions.domain.submission.SubmissionStore;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the demo data at start-up, idempotently by id: what is present is left as it is, so a
 * restart neither duplicates rows nor undoes what users did with them. The history announces
 * nothing on the feed: the catalogue and the metrics have these initiatives from their own seeds,
 * and an award event would replace the catalogue's full text with the title the history keeps.
 */
@ApplicationScoped
public class AwardSeed {

    static final String SEED = "seed/award.json";
    static final String ACTOR = "seed";
    /** Replicas starting together would both see a row missing and both insert it. */
    private static final long SEED_LOCK = 0x7365656461776172L;
    private static final Logger LOG = Logger.getLogger(AwardSeed.class);

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final CycleStore cycles;
    private final SubmissionStore submissions;
    private final DecisionStore decisions;
    private final JurorStore jurors;
    private final AuditTrail audit;
    private final Clock clock;

    public AwardSeed(EntityManager em, ObjectMapper mapper, CycleStore cycles, SubmissionStore submissions,
            DecisionStore decisions, JurorStore jurors, AuditTrail audit, Clock clock) {
        this.em = em;
        this.mapper = mapper;
        this.cycles = cycles;
        this.submissions = submissions;
        this.decisions = decisions;
        this.jurors = jurors;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        SeedFile seed = SeedResource.read(mapper, SEED, SeedFile.class);
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, SEED_LOCK).getSingleResult();
        Instant now = clock.instant();
        int added = history(seed.history(), now) + open(seed.open(), now);
        LOG.infof("Award seed: %d rows added", added);
    }

    private int history(SeedFile.History history, Instant now) {
        int added = cycle(history.cycle(), Phase.PUBLISHED, null, now);
        Outcome outcome = Outcome.of(history.outcome()).orElseThrow();
        for (SeedFile.Entry entry : history.entries()) {
            if (submissions.byId(entry.id()).isPresent()) {
                continue;
            }
            SubmissionContent content = new SubmissionContent(entry.title(), null, null, null, null, null, null, null,
                    entry.city(), null, null);
            Submission submission = Submission.recorded(entry.id(), entry.initiativeId(), history.cycle().id(),
                    entry.cityId(), content, outcome.status(), ACTOR, now);
            submissions.add(submission);
            submissions.addHistory(StatusChange.of(submission, ACTOR, history.rationale(), now));
            decisions.add(Decision.of(UUID.nameUUIDFromBytes(("decision " + entry.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8)), history.cycle().id(), entry.id(), outcome, history.rationale(), ACTOR, now));
            audit.record(ACTOR, "submission.recorded", "submission", entry.id(), history.cycle().id(), null, content);
            added++;
        }
        return added;
    }

    private int open(SeedFile.Open open, Instant now) {
        SeedFile.CycleSeed seed = open.cycle();
        ZoneId zone = ZoneId.of(seed.timeZone());
        Instant deadline = LocalDate.ofInstant(now, zone).plusDays(seed.deadlineInDays()).atTime(LocalTime.of(23, 59, 59))
                .atZone(zone).toInstant();
        int added = cycle(seed, Phase.OPEN, deadline, now);
        for (SeedFile.Draft draft : open.drafts()) {
            if (submissions.byId(draft.id()).isEmpty()) {
                Submission submission = Submission.draft(draft.id(), seed.id(), draft.cityId(), draft.content(),
                        draft.author(), now);
                submissions.add(submission);
                submissions.addHistory(StatusChange.of(submission, draft.author(), null, now));
                audit.record(ACTOR, "submission.created", "submission", draft.id(), seed.id(), null, draft.content());
                added++;
            }
        }
        for (SeedFile.JurorSeed juror : open.jurors()) {
            if (jurors.byId(juror.id()).isEmpty()) {
                JurorDraft registration = new JurorDraft(juror.subject(), juror.name(), juror.country(), null);
                jurors.add(Juror.register(juror.id(), seed.id(), registration, now));
                audit.record(ACTOR, "juror.registered", "juror", juror.id(), seed.id(), null, registration);
                added++;
            }
        }
        return added;
    }

    private int cycle(SeedFile.CycleSeed seed, Phase phase, Instant deadline, Instant now) {
        if (cycles.byId(seed.id()).isPresent()) {
            return 0;
        }
        CycleSettings settings = new CycleSettings(seed.number(), seed.name(), deadline, seed.timeZone(), null, null, null,
                null, null, null).withDefaults();
        cycles.add(Cycle.recorded(seed.id(), settings, phase, now));
        audit.record(ACTOR, "cycle.created", "cycle", seed.id(), seed.id(), null, settings);
        return 1;
    }
}

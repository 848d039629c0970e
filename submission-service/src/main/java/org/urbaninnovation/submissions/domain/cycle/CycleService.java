package org.urbaninnovation.submissions.domain.cycle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.urbaninnovation.commons.domain.Conflict;
import org.urbaninnovation.commons.domain.ExpectedVersion;
import org.urbaninnovation.commons.domain.InvalidInput;
import org.urbaninnovation.commons.domain.NotFound;
import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.submissions.domain.audit.AuditTrail;
import org.urbaninnovation.submissions.domain.common.PageRequest;
import org.urbaninnovation.submissions.domain.common.Slice;

/** The secretariat runs cycles: creates them, edits them while drafts, moves them through their phases. */
@ApplicationScoped
@Transactional
public class CycleService {

    static final String ENTITY = "cycle";

    private final CycleStore cycles;
    private final AuditTrail audit;
    private final Clock clock;

    public CycleService(CycleStore cycles, AuditTrail audit, Clock clock) {
        this.cycles = cycles;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Cycle> list(PageRequest page) {
        return cycles.page(page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Cycle get(UUID id) {
        return cycles.byId(id).orElseThrow(() -> notFound(id));
    }

    public Cycle create(CycleSettings requested, String actor) {
        CycleSettings settings = checked(requested.withDefaults(), null);
        Cycle cycle = Cycle.create(UUID.randomUUID(), settings, clock.instant());
        cycles.add(cycle);
        audit.record(actor, "cycle.created", ENTITY, cycle.id(), cycle.id(), null, cycle.settings());
        return cycle;
    }

    /** Applies {@code change} to the settings the client read; refused once the cycle has opened. */
    public Cycle edit(UUID id, ExpectedVersion expected, UnaryOperator<CycleSettings> change, String actor) {
        Cycle cycle = cycles.lock(id).orElseThrow(() -> notFound(id));
        expected.require("The cycle", cycle.version());
        cycle.requirePhase("Changing a cycle's settings", Phase.DRAFT);
        CycleSettings before = cycle.settings();
        CycleSettings settings = checked(change.apply(before).withDefaults(), id);
        cycle.edit(settings, clock.instant());
        audit.record(actor, "cycle.updated", ENTITY, id, id, before, cycle.settings());
        return cycle;
    }

    /** Moves the cycle to its next phase, or names every check that keeps it where it is. */
    public Cycle changePhase(UUID id, Phase target, ExpectedVersion expected, String actor) {
        if (target == Phase.PUBLISHED) {
            throw new Conflict("A decided cycle is published by its own step, which announces the awards.",
                    List.of(new Violation("phase", "publish the cycle instead")));
        }
        Cycle cycle = cycles.lock(id).orElseThrow(() -> notFound(id));
        expected.require("The cycle", cycle.version());
        advance(cycle, target, actor);
        return cycle;
    }

    /** Moves a cycle the caller holds locked one phase on, checks first; also the last step of publishing. */
    public void advance(Cycle cycle, Phase target, String actor) {
        Phase from = cycle.phase();
        PhaseRules.requireNext(from, target);
        List<Violation> unmet = PhaseRules.unmet(cycle, target, cycles.progress(cycle), clock.instant());
        cycle.moveTo(target, unmet, clock.instant());
        audit.record(actor, "cycle.phase", ENTITY, cycle.id(), cycle.id(), Map.of("phase", from.wire()),
                Map.of("phase", target.wire()));
    }

    private CycleSettings checked(CycleSettings settings, UUID self) {
        List<Violation> problems = new ArrayList<>(CycleRules.problems(settings));
        if (cycles.numberTaken(settings.number(), self)) {
            throw new Conflict("Cycle " + settings.number() + " exists already.",
                    List.of(new Violation("number", "is the number of another cycle")));
        }
        InvalidInput.throwIfAny(problems);
        return settings;
    }

    static NotFound notFound(UUID id) {
        return new NotFound("No cycle " + id + ".");
    }
}

package org.urbaninnovation.submissions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.commons.domain.Conflict;
import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.submissions.domain.cycle.Cycle;
import org.urbaninnovation.submissions.domain.cycle.CycleProgress;
import org.urbaninnovation.submissions.domain.cycle.Phase;
import org.urbaninnovation.submissions.domain.cycle.PhaseRules;

class PhaseRulesTest {

    private static final CycleProgress NOTHING = new CycleProgress(0, 0, 0, 0, 0, 0, 0);

    @Test
    void aCycleMovesOnlyToTheNextPhase() {
        PhaseRules.requireNext(Phase.DRAFT, Phase.OPEN);
        PhaseRules.requireNext(Phase.DECIDED, Phase.PUBLISHED);
        Conflict skipped = assertThrows(Conflict.class, () -> PhaseRules.requireNext(Phase.OPEN, Phase.REVIEW));
        assertEquals("The cycle is in open and cannot move to review; its next phase is screening.", skipped.getMessage());
        assertEquals(List.of(new Violation("phase", "must be screening")), skipped.violations());
        assertThrows(Conflict.class, () -> PhaseRules.requireNext(Phase.REVIEW, Phase.SCREENING));
        assertThrows(Conflict.class, () -> PhaseRules.requireNext(Phase.OPEN, Phase.OPEN));
        Conflict last = assertThrows(Conflict.class, () -> PhaseRules.requireNext(Phase.PUBLISHED, Phase.DRAFT));
        assertEquals(List.of(new Violation("phase", "must be unchanged")), last.violations());
    }

    @Test
    void openingNeedsADeadlineStillAhead() {
        Cycle cycle = Cycles.draft();
        assertEquals(List.of(), PhaseRules.unmet(cycle, Phase.OPEN, NOTHING, Cycles.DEADLINE.minusMillis(1)));
        assertEquals(List.of(new Violation("submissionDeadline", "must be in the future to open the cycle")),
                PhaseRules.unmet(cycle, Phase.OPEN, NOTHING, Cycles.DEADLINE));
    }

    @Test
    void screeningNeedsASubmittedEntry() {
        Cycle cycle = Cycles.draft();
        assertEquals(List.of(new Violation("submissions", "no entry has been submitted")),
                PhaseRules.unmet(cycle, Phase.SCREENING, NOTHING, Cycles.NOW));
        assertEquals(List.of(), PhaseRules.unmet(cycle, Phase.SCREENING, new CycleProgress(1, 1, 0, 0, 0, 0, 0), Cycles.NOW));
    }

    @Test
    void reviewNeedsEveryEntryScreenedAndEveryEligibleOneFullyAssigned() {
        Cycle cycle = Cycles.draft();
        assertEquals(List.of(
                new Violation("screening", "2 submitted entries are not screened yet"),
                new Violation("assignments", "1 eligible entry has fewer than 3 jurors assigned")),
                PhaseRules.unmet(cycle, Phase.REVIEW, new CycleProgress(5, 2, 3, 1, 3, 3, 0), Cycles.NOW));
        assertEquals(List.of(
                new Violation("screening", "1 submitted entry is not screened yet"),
                new Violation("eligible", "no entry has been screened eligible")),
                PhaseRules.unmet(cycle, Phase.REVIEW, new CycleProgress(1, 1, 0, 0, 0, 0, 0), Cycles.NOW));
        assertEquals(List.of(), PhaseRules.unmet(cycle, Phase.REVIEW, new CycleProgress(5, 0, 3, 0, 3, 3, 0), Cycles.NOW));
    }

    @Test
    void deliberationNeedsEveryEligibleEntryToHaveItsFiledReviews() {
        Cycle cycle = Cycles.draft();
        assertEquals(List.of(new Violation("reviews", "2 eligible entries have fewer than 3 filed reviews")),
                PhaseRules.unmet(cycle, Phase.DELIBERATION, new CycleProgress(5, 0, 3, 0, 2, 3, 0), Cycles.NOW));
        assertEquals(List.of(), PhaseRules.unmet(cycle, Phase.DELIBERATION, new CycleProgress(5, 0, 3, 0, 0, 3, 0), Cycles.NOW));
    }

    @Test
    void decidedNeedsADecisionForEveryEligibleEntryAndTheWinnersChosen() {
        Cycle cycle = Cycles.draft();
        assertEquals(List.of(
                new Violation("decisions", "4 eligible entries have no decision"),
                new Violation("winners", "5 winners must be chosen; 2 are")),
                PhaseRules.unmet(cycle, Phase.DECIDED, new CycleProgress(20, 0, 20, 0, 0, 4, 2), Cycles.NOW));
        assertEquals(List.of(), PhaseRules.unmet(cycle, Phase.DECIDED, new CycleProgress(20, 0, 20, 0, 0, 0, 5), Cycles.NOW));
    }

    @Test
    void withFewerEligibleEntriesThanWinnersEveryEligibleEntryMustWin() {
        Cycle cycle = Cycles.draft();
        CycleProgress two = new CycleProgress(3, 0, 2, 0, 0, 0, 2);
        assertEquals(2, PhaseRules.winnersNeeded(cycle, two));
        assertEquals(List.of(), PhaseRules.unmet(cycle, Phase.DECIDED, two, Cycles.NOW));
        assertEquals(List.of(new Violation("winners", "2 winners must be chosen; 1 is")),
                PhaseRules.unmet(cycle, Phase.DECIDED, new CycleProgress(3, 0, 2, 0, 0, 0, 1), Cycles.NOW));
    }

    @Test
    void aRefusedPhaseChangeNamesEveryUnmetCheckAndLeavesThePhase() {
        Cycle cycle = Cycles.draft();
        cycle.moveTo(Phase.OPEN, List.of(), Cycles.NOW);
        List<Violation> unmet = List.of(new Violation("submissions", "no entry has been submitted"));
        Conflict refused = assertThrows(Conflict.class, () -> cycle.moveTo(Phase.SCREENING, unmet, Cycles.NOW));
        assertEquals("The cycle cannot move to screening: submissions no entry has been submitted.", refused.getMessage());
        assertEquals(unmet, refused.violations());
        assertEquals(Phase.OPEN, cycle.phase());
    }

    @Test
    void settingsChangeOnlyWhileTheCycleIsADraft() {
        Cycle cycle = Cycles.draft();
        cycle.edit(Cycles.settings(), Cycles.NOW);
        cycle.moveTo(Phase.OPEN, List.of(), Cycles.NOW);
        Conflict refused = assertThrows(Conflict.class, () -> cycle.edit(Cycles.settings(), Cycles.NOW));
        assertEquals("Changing a cycle's settings is possible only while the cycle is in draft; it is in open.",
                refused.getMessage());
    }

    @Test
    void publishingStampsThePublicationTime() {
        Cycle cycle = Cycles.draft();
        for (Phase phase : List.of(Phase.OPEN, Phase.SCREENING, Phase.REVIEW, Phase.DELIBERATION, Phase.DECIDED)) {
            cycle.moveTo(phase, List.of(), Cycles.NOW);
        }
        assertEquals(null, cycle.publishedAt());
        cycle.moveTo(Phase.PUBLISHED, List.of(), Cycles.DEADLINE);
        assertEquals(Cycles.DEADLINE, cycle.publishedAt());
    }
}

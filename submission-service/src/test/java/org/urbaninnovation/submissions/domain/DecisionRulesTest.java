package org.urbaninnovation.submissions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.commons.domain.Conflict;
import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.submissions.domain.cycle.Cycle;
import org.urbaninnovation.submissions.domain.deliberation.DecisionRules;
import org.urbaninnovation.submissions.domain.deliberation.Outcome;

class DecisionRulesTest {

    private final Cycle cycle = Cycles.draft();

    @Test
    void aSixthWinnerIsRefused() {
        DecisionRules.check(Outcome.WINNER, Map.of(Outcome.WINNER, 4), cycle);
        Conflict refused = assertThrows(Conflict.class, () -> DecisionRules.check(Outcome.WINNER, Map.of(Outcome.WINNER, 5), cycle));
        assertEquals(List.of(new Violation("outcome", "would make 6 winners; the cycle has 5")), refused.violations());
        DecisionRules.check(Outcome.SHORTLISTED, Map.of(Outcome.WINNER, 5), cycle);
    }

    @Test
    void winnersSpecialMentionsAndShortlistedTogetherFitTheShortlist() {
        Map<Outcome, Integer> full = Map.of(Outcome.WINNER, 5, Outcome.SPECIAL_MENTION, 3, Outcome.SHORTLISTED, 7);
        Conflict refused = assertThrows(Conflict.class, () -> DecisionRules.check(Outcome.SPECIAL_MENTION, full, cycle));
        assertEquals(List.of(new Violation("outcome", "would make a shortlist of 16; the cycle's is 15")), refused.violations());
        DecisionRules.check(Outcome.NOT_SELECTED, full, cycle);
    }

    @Test
    void onlyWinnersAndSpecialMentionsAreAwarded() {
        assertEquals(List.of(Outcome.WINNER, Outcome.SPECIAL_MENTION),
                java.util.Arrays.stream(Outcome.values()).filter(Outcome::isAwarded).toList());
    }
}

package org.urbaninnovation.submissions.domain.deliberation;

import java.util.List;
import java.util.Map;

import org.urbaninnovation.commons.domain.Conflict;
import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.submissions.domain.cycle.Cycle;

/**
 * How many of each outcome a cycle allows: at most its number of winners, and a shortlist (winners,
 * special mentions and the other shortlisted entries together) of at most its shortlist size.
 */
public final class DecisionRules {

    private DecisionRules() {
    }

    /**
     * Throws a {@link Conflict} if recording {@code outcome} would exceed a limit.
     *
     * @param others the current outcomes of the cycle's other entries, counted per outcome
     */
    public static void check(Outcome outcome, Map<Outcome, Integer> others, Cycle cycle) {
        int winners = others.getOrDefault(Outcome.WINNER, 0) + (outcome == Outcome.WINNER ? 1 : 0);
        if (winners > cycle.winners()) {
            throw new Conflict("The cycle has " + cycle.winners() + " winners already chosen; change one of them first.",
                    List.of(new Violation("outcome", "would make " + winners + " winners; the cycle has " + cycle.winners())));
        }
        int shortlisted = others.entrySet().stream().filter(e -> e.getKey().isShortlisted()).mapToInt(Map.Entry::getValue).sum()
                + (outcome.isShortlisted() ? 1 : 0);
        if (shortlisted > cycle.shortlistSize()) {
            throw new Conflict("The shortlist is full (" + cycle.shortlistSize() + " entries).",
                    List.of(new Violation("outcome", "would make a shortlist of " + shortlisted + "; the cycle's is "
                            + cycle.shortlistSize())));
        }
    }
}

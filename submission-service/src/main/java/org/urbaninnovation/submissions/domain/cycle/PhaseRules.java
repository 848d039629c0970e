package org.urbaninnovation.submissions.domain.cycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.urbaninnovation.commons.domain.Conflict;
import org.urbaninnovation.commons.domain.Violation;

/**
 * When a cycle may move on. A cycle goes forward one phase at a time; each phase has checks on
 * the state of the cycle's entries, and a refused change names every check that is unmet.
 */
public final class PhaseRules {

    private PhaseRules() {
    }

    /** Throws a {@link Conflict} unless {@code target} is the phase right after {@code current}. */
    public static void requireNext(Phase current, Phase target) {
        Phase next = current.next().orElse(null);
        if (next != target) {
            String expected = next == null ? "it is published, the last phase" : "its next phase is " + next.wire();
            throw new Conflict("The cycle is in " + current.wire() + " and cannot move to " + target.wire() + "; " + expected + ".",
                    List.of(new Violation("phase", "must be " + (next == null ? "unchanged" : next.wire()))));
        }
    }

    /** The checks that moving {@code cycle} to {@code target} does not meet (empty when it may move). */
    public static List<Violation> unmet(Cycle cycle, Phase target, CycleProgress progress, Instant now) {
        List<Violation> unmet = new ArrayList<>();
        int reviews = cycle.reviewsPerSubmission();
        switch (target) {
            case OPEN -> {
                if (cycle.submissionDeadline() == null || !cycle.submissionDeadline().isAfter(now)) {
                    unmet.add(new Violation("submissionDeadline", "must be in the future to open the cycle"));
                }
            }
            case SCREENING -> {
                if (progress.entries() == 0) {
                    unmet.add(new Violation("submissions", "no entry has been submitted"));
                }
            }
            case REVIEW -> {
                if (progress.unscreened() > 0) {
                    unmet.add(new Violation("screening", count(progress.unscreened(), "submitted entry is", "submitted entries are")
                            + " not screened yet"));
                }
                if (progress.eligible() == 0) {
                    unmet.add(new Violation("eligible", "no entry has been screened eligible"));
                }
                if (progress.underAssigned() > 0) {
                    unmet.add(new Violation("assignments", count(progress.underAssigned(), "eligible entry has", "eligible entries have")
                            + " fewer than " + count(reviews, "juror", "jurors") + " assigned"));
                }
            }
            case DELIBERATION -> {
                if (progress.underReviewed() > 0) {
                    unmet.add(new Violation("reviews", count(progress.underReviewed(), "eligible entry has", "eligible entries have")
                            + " fewer than " + count(reviews, "filed review", "filed reviews")));
                }
            }
            case DECIDED -> {
                if (progress.undecided() > 0) {
                    unmet.add(new Violation("decisions", count(progress.undecided(), "eligible entry has", "eligible entries have")
                            + " no decision"));
                }
                int needed = winnersNeeded(cycle, progress);
                if (progress.winners() != needed) {
                    unmet.add(new Violation("winners", count(needed, "winner", "winners") + " must be chosen; "
                            + progress.winners() + (progress.winners() == 1 ? " is" : " are")));
                }
            }
            default -> {
                // Draft is where a cycle starts, published needs nothing beyond being decided.
            }
        }
        return unmet;
    }

    /** The cycle's number of winners, or every eligible entry when there are fewer of them. */
    public static int winnersNeeded(Cycle cycle, CycleProgress progress) {
        return Math.min(cycle.winners(), progress.eligible());
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}

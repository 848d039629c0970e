package org.urbaninnovation.submissions.domain.cycle;

/**
 * Where a cycle's entries stand, counted in one read: what the checks of a phase change look at.
 *
 * @param entries entries submitted at some point (not drafts, not withdrawn)
 * @param unscreened submitted entries the technical committee has not screened yet
 * @param eligible entries screened eligible
 * @param underAssigned eligible entries with fewer active juror assignments than the cycle's reviews per submission
 * @param underReviewed eligible entries with fewer filed reviews than that
 * @param undecided eligible entries without a decision
 * @param winners decisions naming a winner
 */
public record CycleProgress(int entries, int unscreened, int eligible, int underAssigned, int underReviewed,
        int undecided, int winners) {
}

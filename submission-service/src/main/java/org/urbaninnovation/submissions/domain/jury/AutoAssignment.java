package org.urbaninnovation.submissions.domain.jury;

import java.util.List;

import org.urbaninnovation.submissions.domain.jury.AssignmentPlanner.Pair;
import org.urbaninnovation.submissions.domain.jury.AssignmentPlanner.Shortfall;

/** What an automatic assignment did (or, in a dry run, would do). */
public record AutoAssignment(boolean dryRun, int perSubmission, int entries, int jurors, List<Pair> assignments,
        List<Shortfall> shortfalls, int minLoad, int maxLoad) {
}

package org.urbaninnovation.submissions.api;

import java.util.List;

import org.urbaninnovation.submissions.domain.jury.AssignmentPlanner.Pair;
import org.urbaninnovation.submissions.domain.jury.AssignmentPlanner.Shortfall;
import org.urbaninnovation.submissions.domain.jury.AutoAssignment;

/**
 * What an automatic assignment made (or would make, in a dry run): the new pairs, the entries that
 * could not get all their jurors under the conflict rules, and the spread of the jurors' loads.
 */
public record AutoAssignmentView(boolean dryRun, int perSubmission, int entries, int jurors, int created,
        List<Pair> assignments, List<Shortfall> shortfalls, int minLoad, int maxLoad) {

    static AutoAssignmentView of(AutoAssignment a) {
        return new AutoAssignmentView(a.dryRun(), a.perSubmission(), a.entries(), a.jurors(),
                a.dryRun() ? 0 : a.assignments().size(), a.assignments(), a.shortfalls(), a.minLoad(), a.maxLoad());
    }
}

package org.urbaninnovation.submissions.domain.jury;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.urbaninnovation.submissions.domain.common.PageRequest;
import org.urbaninnovation.submissions.domain.common.Slice;
import org.urbaninnovation.submissions.domain.jury.AssignmentPlanner.Entry;
import org.urbaninnovation.submissions.domain.jury.AssignmentPlanner.Pair;

public interface AssignmentStore {

    Optional<Assignment> byId(UUID id);

    void add(Assignment assignment);

    /** Many new assignments in one round trip (an automatic assignment's thousands). */
    void addAll(List<Assignment> assignments);

    /** The cycle's assignments as pairs, in one read: every pair, and the active ones among them. */
    Pairs pairs(UUID cycleId);

    /** Whether this juror is or was assigned to this entry (a declared conflict included). */
    boolean paired(UUID submissionId, UUID jurorId);

    /** The cycle's eligible entries with the city and country that submitted them, in one read. */
    List<Entry> eligibleEntries(UUID cycleId);

    Optional<AssignmentSummary> summary(UUID id);

    Slice<AssignmentSummary> page(AssignmentFilter filter, PageRequest page);

    record Pairs(Set<Pair> all, Set<Pair> active) {
    }
}

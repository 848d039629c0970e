package org.urbaninnovation.submissions.domain.deliberation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public interface DecisionStore {

    Optional<Decision> current(UUID submissionId);

    void add(Decision decision);

    /** The cycle's standing decisions counted per outcome, leaving one entry's out. */
    Map<Outcome, Integer> tally(UUID cycleId, UUID except);

    /** The cycle's standing decisions. */
    List<Decision> currentOf(UUID cycleId);
}

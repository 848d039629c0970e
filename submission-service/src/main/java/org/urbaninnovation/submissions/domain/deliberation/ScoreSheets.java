package org.urbaninnovation.submissions.domain.deliberation;

import java.util.List;
import java.util.UUID;

/**
 * What a ranking is computed from, each in one set-based read however large the cycle: its eligible
 * entries, and the filed reviews of the assignments that stand.
 */
public interface ScoreSheets {

    List<Contender> contenders(UUID cycleId);

    List<Ranking.Review> filedReviews(UUID cycleId);

    /**
     * A text that changes whenever anything a ranking of the cycle reads changes: its screened
     * entries, its filed reviews, its declared conflicts (each a count and a sum of versions, which
     * only grow). Drafts are not in it: autosaves never change a ranking.
     */
    String fingerprint(UUID cycleId);
}

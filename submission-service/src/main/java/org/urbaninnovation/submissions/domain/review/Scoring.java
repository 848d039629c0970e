package org.urbaninnovation.submissions.domain.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.submissions.domain.cycle.Criterion;
import org.urbaninnovation.submissions.domain.cycle.ScoreScale;

/** A review's scores against its cycle's criteria: what may be saved, what must be there to file, and the total. */
public final class Scoring {

    private Scoring() {
    }

    /** Scores that no draft may hold: criteria the cycle does not have, scores off its scale. */
    public static List<Violation> invalid(Map<String, Integer> scores, List<Criterion> criteria, ScoreScale scale) {
        List<Violation> problems = new ArrayList<>();
        scores.forEach((code, score) -> {
            if (criteria.stream().noneMatch(c -> c.code().equals(code))) {
                problems.add(new Violation("scores." + code, "is not a criterion of this cycle"));
            } else if (score == null || !scale.contains(score)) {
                problems.add(new Violation("scores." + code, "must be a whole number from " + scale.min() + " to " + scale.max()));
            }
        });
        return problems;
    }

    /** What a review still lacks to be filed: a score on every criterion and a comment. */
    public static List<Violation> unfinished(Map<String, Integer> scores, String comment, List<Criterion> criteria) {
        List<Violation> gaps = new ArrayList<>();
        for (Criterion criterion : criteria) {
            if (scores.get(criterion.code()) == null) {
                gaps.add(new Violation("scores." + criterion.code(), "must be scored before filing"));
            }
        }
        if (comment == null || comment.isBlank()) {
            gaps.add(new Violation("comment", "must be written before filing"));
        }
        return gaps;
    }

    /** The weighted total of a complete review: each score times its criterion's weight. */
    public static double weightedTotal(Map<String, Integer> scores, List<Criterion> criteria) {
        double total = 0;
        for (Criterion criterion : criteria) {
            total += criterion.weight().doubleValue() * scores.get(criterion.code());
        }
        return total;
    }

    /** The weighted total where there is one: once every criterion is scored, null before. */
    public static Double totalIfComplete(Map<String, Integer> scores, List<Criterion> criteria) {
        boolean complete = criteria.stream().allMatch(c -> scores.get(c.code()) != null);
        return complete ? weightedTotal(scores, criteria) : null;
    }
}

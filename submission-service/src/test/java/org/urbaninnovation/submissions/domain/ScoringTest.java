package org.urbaninnovation.submissions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.submissions.domain.cycle.Criterion;
import org.urbaninnovation.submissions.domain.cycle.ScoreScale;
import org.urbaninnovation.submissions.domain.review.Scoring;

class ScoringTest {

    private static final List<Criterion> WEIGHTED = List.of(
            new Criterion("innovation", "Innovation", new BigDecimal("0.4")),
            new Criterion("effectiveness", "Effectiveness", new BigDecimal("0.3")),
            new Criterion("replicability", "Replicability", new BigDecimal("0.2")),
            new Criterion("significance", "Significance", new BigDecimal("0.1")));

    @Test
    void theWeightedTotalWeighsEachScoreByItsCriterion() {
        assertEquals(6.8, Scoring.weightedTotal(Map.of("innovation", 10, "effectiveness", 6, "replicability", 4,
                "significance", 2), WEIGHTED), 1e-12);
        assertEquals(7.0, Scoring.weightedTotal(Map.of("innovation", 7, "effectiveness", 7, "replicability", 7,
                "significance", 7), Criterion.DEFAULTS), 1e-12);
    }

    @Test
    void aDraftMayHoldOnlyTheCyclesCriteriaOnItsScale() {
        Map<String, Integer> scores = new java.util.LinkedHashMap<>();
        scores.put("innovation", 11);
        scores.put("beauty", 5);
        scores.put("effectiveness", 0);
        scores.put("significance", 10);
        assertEquals(List.of(new Violation("scores.innovation", "must be a whole number from 1 to 10"),
                new Violation("scores.beauty", "is not a criterion of this cycle"),
                new Violation("scores.effectiveness", "must be a whole number from 1 to 10")),
                Scoring.invalid(scores, WEIGHTED, ScoreScale.DEFAULT));
        assertEquals(List.of(), Scoring.invalid(Map.of("innovation", 1), WEIGHTED, ScoreScale.DEFAULT));
    }

    @Test
    void aReviewIsFiledOnlyWithEveryCriterionScoredAndAComment() {
        assertEquals(List.of(new Violation("scores.replicability", "must be scored before filing"),
                new Violation("scores.significance", "must be scored before filing"),
                new Violation("comment", "must be written before filing")),
                Scoring.unfinished(Map.of("innovation", 8, "effectiveness", 7), " ", WEIGHTED));
        assertEquals(List.of(), Scoring.unfinished(Map.of("innovation", 8, "effectiveness", 7, "replicability", 6,
                "significance", 5), "Convincing.", WEIGHTED));
    }
}

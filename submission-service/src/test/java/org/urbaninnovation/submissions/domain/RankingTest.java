package org.urbaninnovation.submissions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.submissions.domain.cycle.Criterion;
import org.urbaninnovation.submissions.domain.deliberation.Ranking;
import org.urbaninnovation.submissions.domain.deliberation.Ranking.CriterionStats;
import org.urbaninnovation.submissions.domain.deliberation.Ranking.Entry;
import org.urbaninnovation.submissions.domain.deliberation.Ranking.Order;
import org.urbaninnovation.submissions.domain.deliberation.Ranking.Ranked;
import org.urbaninnovation.submissions.domain.deliberation.Ranking.Review;

class RankingTest {

    private static final double EXACT = 1e-9;
    private static final UUID LENIENT = new UUID(1, 1);
    private static final UUID STRICT = new UUID(1, 2);
    private static final UUID P = new UUID(0, 1);
    private static final UUID Q = new UUID(0, 2);
    private static final UUID X = new UUID(0, 3);
    private static final UUID Y = new UUID(0, 4);
    private static final Instant T = Instant.parse("2027-01-20T00:00:00Z");

    private static Map<String, Integer> all(int score) {
        return Map.of("innovation", score, "effectiveness", score, "replicability", score, "significance", score);
    }

    private static Entry entry(UUID id) {
        return new Entry(id, T);
    }

    /** The lenient juror scores P, Q, X from 8 to 10; the strict one P, Q, Y from 2 to 5. */
    private static List<Review> twoJurors() {
        return List.of(new Review(P, LENIENT, all(8)), new Review(Q, LENIENT, all(10)), new Review(X, LENIENT, all(9)),
                new Review(P, STRICT, all(2)), new Review(Q, STRICT, all(4)), new Review(Y, STRICT, all(5)));
    }

    private static List<UUID> order(List<Ranked> ranked) {
        return ranked.stream().map(Ranked::submissionId).toList();
    }

    @Test
    void theWeightedTotalIsTheMeanOfEachReviewsWeightedScore() {
        List<Criterion> criteria = List.of(new Criterion("innovation", "Innovation", new BigDecimal("0.6")),
                new Criterion("effectiveness", "Effectiveness", new BigDecimal("0.4")));
        List<Review> reviews = List.of(new Review(P, LENIENT, Map.of("innovation", 10, "effectiveness", 5)),
                new Review(P, STRICT, Map.of("innovation", 6, "effectiveness", 9)));
        Ranked p = Ranking.rank(List.of(entry(P)), reviews, criteria, 2.0, Order.WEIGHTED).get(0);
        // (0.6·10 + 0.4·5 + 0.6·6 + 0.4·9) / 2 = (8 + 7.2) / 2
        assertEquals(7.6, p.weightedTotal(), EXACT);
        assertEquals(7.5, p.rawMean(), EXACT);
        assertEquals(0.4, p.spread(), EXACT);
        assertEquals(new CriterionStats(8.0, 2.0), p.criteria().get("innovation"));
        assertEquals(new CriterionStats(7.0, 2.0), p.criteria().get("effectiveness"));
        assertEquals(2, p.reviews());
    }

    @Test
    void zScoresStandardizeEachReviewAgainstItsOwnJuror() {
        List<Ranked> ranked = Ranking.rank(List.of(entry(P), entry(Q), entry(X), entry(Y)), twoJurors(), Criterion.DEFAULTS,
                9.0, Order.NORMALIZED);
        // Lenient: 8, 10, 9 → mean 9, σ √(2/3). Strict: 2, 4, 5 → mean 11/3, σ √14/3.
        double lenientSigma = Math.sqrt(2.0 / 3);
        double strictSigma = Math.sqrt(14) / 3;
        assertEquals(List.of(Y, Q, X, P), order(ranked));
        assertEquals((4.0 / 3) / strictSigma, ranked.get(0).normalizedMean(), EXACT);
        assertEquals((1 / lenientSigma + (1.0 / 3) / strictSigma) / 2, ranked.get(1).normalizedMean(), EXACT);
        assertEquals(0.0, ranked.get(2).normalizedMean(), EXACT);
        assertEquals((-1 / lenientSigma - (5.0 / 3) / strictSigma) / 2, ranked.get(3).normalizedMean(), EXACT);
        assertEquals(5.0, ranked.get(0).weightedTotal(), EXACT);
        assertEquals(List.of(1, 2, 3, 4), ranked.stream().map(Ranked::rank).toList());
    }

    @Test
    void byWeightedTotalTheStrictJurorsBestEntryRanksBelowTheLenientJurorsAverageOne() {
        List<Ranked> ranked = Ranking.rank(List.of(entry(P), entry(Q), entry(X), entry(Y)), twoJurors(), Criterion.DEFAULTS,
                9.0, Order.WEIGHTED);
        // X 9, Q 7, then Y and P both 5: the normalized mean breaks the tie in Y's favour.
        assertEquals(List.of(X, Q, Y, P), order(ranked));
        assertEquals(List.of(false, false, true, true), ranked.stream().map(Ranked::tied).toList());
    }

    @Test
    void aFullTieIsBrokenByTheEarlierSubmissionThenById() {
        UUID a = new UUID(0, 10);
        UUID b = new UUID(0, 11);
        UUID c = new UUID(0, 12);
        List<Review> same = new ArrayList<>();
        for (UUID id : List.of(a, b, c)) {
            same.add(new Review(id, LENIENT, all(7)));
        }
        List<Entry> entries = List.of(new Entry(c, T), new Entry(b, T.minusSeconds(60)), new Entry(a, T));
        List<Ranked> ranked = Ranking.rank(entries, same, Criterion.DEFAULTS, 2.0, Order.WEIGHTED);
        assertEquals(List.of(b, a, c), order(ranked));
        assertEquals(List.of(true, true, true), ranked.stream().map(Ranked::tied).toList());
    }

    @Test
    void aJurorWhoseReviewsAllTotalTheSameGivesZeroZScores() {
        List<Review> reviews = List.of(new Review(P, LENIENT, all(6)), new Review(Q, LENIENT, all(6)));
        List<Ranked> ranked = Ranking.rank(List.of(entry(P), entry(Q)), reviews, Criterion.DEFAULTS, 2.0, Order.NORMALIZED);
        assertEquals(0.0, ranked.get(0).normalizedMean(), EXACT);
        assertEquals(0.0, ranked.get(1).normalizedMean(), EXACT);
    }

    @Test
    void jurorsWhoDisagreeAboveTheThresholdFlagTheEntry() {
        List<Review> reviews = List.of(new Review(P, LENIENT, all(9)), new Review(P, STRICT, all(2)),
                new Review(Q, LENIENT, all(7)), new Review(Q, STRICT, all(6)));
        List<Ranked> ranked = Ranking.rank(List.of(entry(P), entry(Q)), reviews, Criterion.DEFAULTS, 2.0, Order.WEIGHTED);
        Ranked p = ranked.stream().filter(r -> r.submissionId().equals(P)).findFirst().orElseThrow();
        Ranked q = ranked.stream().filter(r -> r.submissionId().equals(Q)).findFirst().orElseThrow();
        assertEquals(3.5, p.spread(), EXACT);
        assertEquals(true, p.disagreement());
        assertEquals(0.5, q.spread(), EXACT);
        assertEquals(false, q.disagreement());
    }

    @Test
    void aSpreadEqualToTheThresholdIsNoDisagreement() {
        List<Review> reviews = List.of(new Review(P, LENIENT, all(8)), new Review(P, STRICT, all(4)));
        Ranked p = Ranking.rank(List.of(entry(P)), reviews, Criterion.DEFAULTS, 2.0, Order.WEIGHTED).get(0);
        assertEquals(2.0, p.spread(), EXACT);
        assertEquals(false, p.disagreement());
    }

    @Test
    void disagreementOnOneCriterionFlagsTheEntryEvenWhenTotalsAgree() {
        List<Review> reviews = List.of(
                new Review(P, LENIENT, Map.of("innovation", 10, "effectiveness", 2, "replicability", 6, "significance", 6)),
                new Review(P, STRICT, Map.of("innovation", 2, "effectiveness", 10, "replicability", 6, "significance", 6)));
        Ranked p = Ranking.rank(List.of(entry(P)), reviews, Criterion.DEFAULTS, 2.0, Order.WEIGHTED).get(0);
        assertEquals(0.0, p.spread(), EXACT);
        assertEquals(4.0, p.criteria().get("innovation").spread(), EXACT);
        assertEquals(true, p.disagreement());
    }

    @Test
    void entriesWithoutReviewsRankLastWithoutMeasures() {
        List<Ranked> ranked = Ranking.rank(List.of(entry(Y), entry(P)), List.of(new Review(P, LENIENT, all(3))),
                Criterion.DEFAULTS, 2.0, Order.WEIGHTED);
        assertEquals(List.of(P, Y), order(ranked));
        Ranked y = ranked.get(1);
        assertEquals(0, y.reviews());
        assertNull(y.weightedTotal());
        assertNull(y.normalizedMean());
        assertEquals(false, y.tied());
    }
}

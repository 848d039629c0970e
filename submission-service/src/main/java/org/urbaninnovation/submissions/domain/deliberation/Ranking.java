package org.urbaninnovation.submissions.domain.deliberation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.urbaninnovation.submissions.domain.cycle.Criterion;
import org.urbaninnovation.submissions.domain.review.Scoring;

/**
 * The jury's scores side by side, per entry: the weighted total (the mean over its reviews of each
 * review's weighted score), the raw mean of every score it got, and the mean of its reviews'
 * z-scores, each review standardized against its own juror's reviews so that a lenient and a strict
 * juror count alike. The spread (population standard deviation) of the weighted totals and of each
 * criterion's scores shows how far the jurors agree; above the threshold the entry is flagged.
 * Entries are ranked by the chosen measure, ties broken by the other measure, the raw mean, the
 * earlier submission and finally the id, so the same scores always give the same ranking.
 */
public final class Ranking {

    /** Differences smaller than this are rounding noise: sums of decimal weights are not exact in binary. */
    private static final double SAME = 1e-9;

    private Ranking() {
    }

    public enum Order {
        WEIGHTED, NORMALIZED;

        public static final String PATTERN = "weighted|normalized";

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Order> of(String wire) {
            return java.util.Arrays.stream(values()).filter(o -> o.wire().equals(wire)).findFirst();
        }
    }

    /** An eligible entry, reviewed or not. */
    public record Entry(UUID submissionId, Instant submittedAt) {
    }

    /** One filed review: who scored which entry, and a score per criterion. */
    public record Review(UUID submissionId, UUID jurorId, Map<String, Integer> scores) {
    }

    public record CriterionStats(double mean, double spread) {
    }

    /**
     * An entry's place. Without reviews its measures are null and it ranks after every reviewed entry.
     * {@code tied} says that its ranking measure equals a neighbour's and the tie-break decided.
     */
    public record Ranked(int rank, UUID submissionId, int reviews, Double weightedTotal, Double rawMean,
            Double normalizedMean, Double spread, Map<String, CriterionStats> criteria, boolean disagreement,
            boolean tied) {
    }

    public static List<Ranked> rank(List<Entry> entries, List<Review> reviews, List<Criterion> criteria,
            double disagreementThreshold, Order order) {
        // By identity: a review's own hash would hash its scores on every lookup.
        Map<Review, Double> totals = new IdentityHashMap<>();
        Map<UUID, List<Double>> byJuror = new HashMap<>();
        Map<UUID, List<Review>> bySubmission = new HashMap<>();
        for (Review review : reviews) {
            double total = Scoring.weightedTotal(review.scores(), criteria);
            totals.put(review, total);
            byJuror.computeIfAbsent(review.jurorId(), j -> new ArrayList<>()).add(total);
            bySubmission.computeIfAbsent(review.submissionId(), s -> new ArrayList<>()).add(review);
        }
        Map<UUID, double[]> jurorMeanAndSpread = new HashMap<>();
        byJuror.forEach((juror, values) -> jurorMeanAndSpread.put(juror, new double[] { mean(values), spread(values) }));

        List<Measured> measured = new ArrayList<>();
        for (Entry entry : entries) {
            List<Review> own = bySubmission.getOrDefault(entry.submissionId(), List.of());
            measured.add(measure(entry, own, totals, jurorMeanAndSpread, criteria, disagreementThreshold));
        }
        Function<Measured, Double> primary = order == Order.WEIGHTED ? Measured::weightedTotal : Measured::normalizedMean;
        Function<Measured, Double> secondary = order == Order.WEIGHTED ? Measured::normalizedMean : Measured::weightedTotal;
        Comparator<Measured> ranking = Comparator.<Measured, Boolean>comparing(m -> m.reviews() == 0)
                .thenComparing(descending(primary))
                .thenComparing(descending(secondary))
                .thenComparing(descending(Measured::rawMean))
                .thenComparing(Measured::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Measured::submissionId);
        measured.sort(ranking);

        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            Measured m = measured.get(i);
            boolean tied = m.reviews() > 0 && ((i > 0 && same(primary, m, measured.get(i - 1)))
                    || (i + 1 < measured.size() && same(primary, m, measured.get(i + 1))));
            ranked.add(new Ranked(i + 1, m.submissionId(), m.reviews(), m.weightedTotal(), m.rawMean(), m.normalizedMean(),
                    m.spread(), m.criteria(), m.disagreement(), tied));
        }
        return ranked;
    }

    private record Measured(UUID submissionId, Instant submittedAt, int reviews, Double weightedTotal, Double rawMean,
            Double normalizedMean, Double spread, Map<String, CriterionStats> criteria, boolean disagreement) {
    }

    private static Measured measure(Entry entry, List<Review> reviews, Map<Review, Double> totals,
            Map<UUID, double[]> jurorMeanAndSpread, List<Criterion> criteria, double threshold) {
        if (reviews.isEmpty()) {
            return new Measured(entry.submissionId(), entry.submittedAt(), 0, null, null, null, null, Map.of(), false);
        }
        List<Double> entryTotals = new ArrayList<>();
        List<Double> zScores = new ArrayList<>();
        List<Double> allScores = new ArrayList<>();
        for (Review review : reviews) {
            double total = totals.get(review);
            entryTotals.add(total);
            double[] juror = jurorMeanAndSpread.get(review.jurorId());
            // A juror whose reviews all total the same says nothing about rank: their review weighs 0.
            zScores.add(juror[1] > SAME ? (total - juror[0]) / juror[1] : 0.0);
            criteria.forEach(c -> allScores.add(review.scores().get(c.code()).doubleValue()));
        }
        Map<String, CriterionStats> perCriterion = new LinkedHashMap<>();
        boolean disagreement = false;
        for (Criterion criterion : criteria) {
            List<Double> scores = reviews.stream().map(r -> r.scores().get(criterion.code()).doubleValue()).toList();
            CriterionStats stats = new CriterionStats(mean(scores), spread(scores));
            perCriterion.put(criterion.code(), stats);
            disagreement |= stats.spread() > threshold + SAME;
        }
        double spread = spread(entryTotals);
        disagreement |= spread > threshold + SAME;
        return new Measured(entry.submissionId(), entry.submittedAt(), reviews.size(), mean(entryTotals), mean(allScores),
                mean(zScores), spread, perCriterion, disagreement);
    }

    /**
     * Compares by a measure, highest first, on the measure rounded to nine decimals: sums of decimal
     * weights are not exact in binary, and rounding (unlike a tolerance) keeps equality transitive,
     * which sorting needs.
     */
    private static Comparator<Measured> descending(Function<Measured, Double> measure) {
        return (a, b) -> {
            Double x = measure.apply(a);
            Double y = measure.apply(b);
            return x == null || y == null ? 0 : Long.compare(key(y), key(x));
        };
    }

    private static boolean same(Function<Measured, Double> measure, Measured a, Measured b) {
        Double x = measure.apply(a);
        Double y = measure.apply(b);
        return x != null && y != null && key(x) == key(y);
    }

    private static long key(double value) {
        return Math.round(value * 1e9);
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }

    /** Population standard deviation: the reviews are all the jury gave, not a sample of them. */
    static double spread(List<Double> values) {
        double mean = mean(values);
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / values.size());
    }
}

package org.urbaninnovation.submissions.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.urbaninnovation.commons.http.Columns;
import org.urbaninnovation.submissions.domain.cycle.Criterion;
import org.urbaninnovation.submissions.domain.deliberation.Contender;
import org.urbaninnovation.submissions.domain.deliberation.RankedContender;
import org.urbaninnovation.submissions.domain.deliberation.Ranking;

/**
 * A place in the ranking: the measures side by side (weighted total, raw mean, per-juror
 * normalized mean, spread), each criterion's mean and spread, the disagreement flag. Figures are
 * rounded to 3 decimals (the ranking itself used the exact values).
 */
public record RankingRow(int rank, UUID submissionId, UUID initiativeId, String title, UUID cityId, String city,
        int reviews, BigDecimal weightedTotal, BigDecimal rawMean, BigDecimal normalizedMean, BigDecimal spread,
        Map<String, CriterionFigures> criteria, boolean disagreement, boolean tied) {

    public record CriterionFigures(BigDecimal mean, BigDecimal spread) {
    }

    static RankingRow of(RankedContender ranked) {
        Ranking.Ranked p = ranked.place();
        Contender c = ranked.contender();
        Map<String, CriterionFigures> criteria = new LinkedHashMap<>();
        p.criteria().forEach((code, stats) -> criteria.put(code, new CriterionFigures(round(stats.mean()), round(stats.spread()))));
        return new RankingRow(p.rank(), c.submissionId(), c.initiativeId(), c.title(), c.cityId(), c.cityName(), p.reviews(),
                round(p.weightedTotal()), round(p.rawMean()), round(p.normalizedMean()), round(p.spread()), criteria,
                p.disagreement(), p.tied());
    }

    static BigDecimal round(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }

    /** The CSV columns of a cycle's ranking: the measures, then a mean and a spread per criterion. */
    static Columns<RankingRow> columns(List<Criterion> cycleCriteria) {
        List<String> header = new ArrayList<>(List.of("rank", "submissionId", "initiativeId", "title", "cityId", "city",
                "reviews", "weightedTotal", "rawMean", "normalizedMean", "spread", "disagreement", "tied"));
        cycleCriteria.forEach(c -> {
            header.add(c.code() + "Mean");
            header.add(c.code() + "Spread");
        });
        return new Columns<>(header, r -> {
            List<Object> cells = new ArrayList<>(java.util.Arrays.asList(r.rank, r.submissionId, r.initiativeId, r.title,
                    r.cityId, r.city, r.reviews, r.weightedTotal, r.rawMean, r.normalizedMean, r.spread, r.disagreement,
                    r.tied));
            cycleCriteria.forEach(c -> {
                CriterionFigures figures = r.criteria.get(c.code());
                cells.add(figures == null ? null : figures.mean());
                cells.add(figures == null ? null : figures.spread());
            });
            return cells;
        });
    }
}

package org.urbaninnovation.metrics.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.commons.domain.InvalidInput;

/**
 * Chart series of one indicator, as tidy rows (series, period, value) in the indicator's unit:
 * what a Grafana or Power BI time-series panel plots without transformation.
 */
@ApplicationScoped
public class Series {

    public static final int MAX_POINTS = 10_000;

    public enum By { INITIATIVE, CITY }

    /** One point: {@code time} is the start of the period, {@code observations} how many figures it stands for. */
    public record Point(String series, UUID initiativeId, UUID cityId, String city, String phase, String period, LocalDate time,
            BigDecimal value, int observations) {
    }

    public record Result(String indicator, String unit, String by, List<Point> items) {
    }

    private final ObservationQueries queries;
    private final IndicatorStore indicators;

    public Series(ObservationQueries queries, IndicatorStore indicators) {
        this.queries = queries;
        this.indicators = indicators;
    }

    public Result of(ObservationFilter filter, By by) {
        if (filter.indicator() == null) {
            throw InvalidInput.of("indicator", "is required: a series follows one indicator");
        }
        Indicator indicator = indicators.withCode(filter.indicator())
                .orElseThrow(() -> InvalidInput.of("indicator", "unknown indicator '" + filter.indicator() + "'"));
        List<ObservationRecord> rows = queries.series(filter, MAX_POINTS + 1);
        if (rows.size() > MAX_POINTS) {
            throw InvalidInput.of("indicator", "has more than " + MAX_POINTS
                    + " points here; narrow the series with initiative, city, phase, from or to");
        }
        List<Point> points = by == By.INITIATIVE ? perInitiative(rows) : perCity(rows, indicator.additive);
        return new Result(indicator.code, indicator.unit, by.name().toLowerCase(Locale.ROOT), points);
    }

    private static List<Point> perInitiative(List<ObservationRecord> rows) {
        return rows.stream().map(o -> new Point(label(o.initiative() == null ? o.initiativeId().toString() : o.initiative(),
                o.phase(), o.scope()), o.initiativeId(), o.cityId(), o.city(), o.phase(), o.period(), o.periodStart(),
                o.normalizedValue(), 1)).toList();
    }

    /**
     * Figures of one city, phase and period combined: summed when they add up, averaged when they
     * are shares. Cities are told apart by id; two of the same name are labelled with their country.
     */
    private static List<Point> perCity(List<ObservationRecord> rows, boolean additive) {
        Map<List<Object>, List<ObservationRecord>> groups = new LinkedHashMap<>();
        Map<String, Set<UUID>> idsByName = new HashMap<>();
        for (ObservationRecord o : rows) {
            // A "city-wide" figure and a sub-project's are different series, never added together.
            groups.computeIfAbsent(Arrays.asList(o.cityId(), o.phase(), o.scope(), o.period(), o.periodStart()),
                    k -> new ArrayList<>()).add(o);
            if (o.city() != null) {
                idsByName.computeIfAbsent(o.city(), name -> new HashSet<>()).add(o.cityId());
            }
        }
        List<Point> points = new ArrayList<>();
        groups.forEach((key, members) -> {
            List<BigDecimal> values = members.stream().map(ObservationRecord::normalizedValue)
                    .filter(Objects::nonNull).toList();
            BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal value = values.isEmpty() ? null
                    : additive ? total : total.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64);
            ObservationRecord first = members.get(0);
            String name = first.city() == null ? "unknown city"
                    : idsByName.get(first.city()).size() > 1 ? first.city() + " (" + first.country() + ")" : first.city();
            points.add(new Point(label(name, first.phase(), first.scope()), null, first.cityId(), first.city(),
                    first.phase(), first.period(), first.periodStart(), value, members.size()));
        });
        points.sort(Comparator.comparing(Point::series).thenComparing(Point::time));
        return points;
    }

    private static String label(String name, String phase, String scope) {
        return name + " · " + phase + (scope.isEmpty() ? "" : " · " + scope);
    }
}

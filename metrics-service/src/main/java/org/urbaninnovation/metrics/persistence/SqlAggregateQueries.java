package org.urbaninnovation.metrics.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.metrics.domain.AggregateQueries;
import org.urbaninnovation.metrics.domain.AggregateRequest;
import org.urbaninnovation.metrics.domain.AggregateRequest.Dimension;
import org.urbaninnovation.metrics.domain.AggregateRequest.Function;
import org.urbaninnovation.metrics.domain.ObservationFilter;

/**
 * Grouped figures in SQL. Without a median they come from the rollup, whose grain is (indicator,
 * initiative, phase, year): dashboards never scan the observations. A median cannot be composed
 * from partial aggregates, so it reads the observations of the (required) indicator by index.
 * (The plans at 10M observations: README.md, "Benchmarks" → "Metrics"; bench/metrics.sh prints them.)
 */
@ApplicationScoped
public class SqlAggregateQueries implements AggregateQueries {

    private final DataSource dataSource;

    public SqlAggregateQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<Group> groups(AggregateRequest request, ObservationFilter filter, int limit) {
        return statement(request, filter, limit).list(dataSource, rs -> group(request, rs));
    }

    static Sql statement(AggregateRequest request, ObservationFilter filter, int limit) {
        return request.per() == null ? grouped(request, filter, limit) : perPopulation(request, filter, limit);
    }

    private static Sql grouped(AggregateRequest request, ObservationFilter filter, int limit) {
        boolean raw = request.has(Function.MEDIAN);
        List<String> keys = keys(request, raw ? "extract(year from r.period_start)::integer" : "r.year");
        String unit = raw ? "i.unit" : "r.unit";
        List<String> columns = new ArrayList<>(keys);
        // The least and greatest unit: equal when the group has one unit, two of them otherwise.
        // (array_agg(distinct) would force a sort of every row.)
        columns.addAll(List.of("min(" + unit + ")", "max(" + unit + ")", "bool_and(i.additive)",
                raw ? "count(*)" : "sum(r.observations)", "0"));
        request.functions().stream().filter(f -> f != Function.COUNT)
                .map(f -> raw ? rawFunction(f) : rollupFunction(f)).forEach(columns::add);
        Sql sql = new Sql("select " + String.join(", ", columns));
        from(sql, request, filter, raw, false);
        return groupAndLimit(sql, keys, limit);
    }

    /**
     * Per capita: each group's total over the population of the distinct cities it covers (adding
     * up the cities' own per-capita rates would describe no population at all). Only count and sum
     * are allowed with it, so it always reads the rollup.
     */
    private static Sql perPopulation(AggregateRequest request, ObservationFilter filter, int limit) {
        List<String> keys = keys(request, "r.year");
        List<String> aliases = IntStream.range(0, keys.size()).mapToObj(k -> "k" + k).toList();
        List<String> byCity = new ArrayList<>(IntStream.range(0, keys.size()).mapToObj(k -> keys.get(k) + " k" + k).toList());
        byCity.addAll(List.of("cc.population", "min(r.unit) least_unit", "max(r.unit) greatest_unit",
                "bool_and(i.additive) additive", "sum(r.observations) observations", "sum(r.total) total"));
        Sql sql = new Sql("with by_city as (select " + String.join(", ", byCity));
        from(sql, request, filter, false, true);
        List<String> cityGroup = new ArrayList<>(keys);
        cityGroup.addAll(List.of("ci.city_id", "cc.population"));
        sql.append(" group by " + String.join(", ", cityGroup) + ")");
        List<String> columns = new ArrayList<>(aliases);
        columns.addAll(List.of("min(least_unit)", "max(greatest_unit)", "bool_and(additive)", "sum(observations)",
                "coalesce(sum(observations) filter (where coalesce(population, 0) = 0), 0)"));
        if (request.has(Function.SUM)) {
            columns.add("sum(total) filter (where population > 0) * " + request.per().people
                    + " / nullif(sum(population) filter (where population > 0 and total is not null), 0)");
        }
        sql.append(" select " + String.join(", ", columns) + " from by_city");
        return groupAndLimit(sql, aliases, limit);
    }

    private static void from(Sql sql, AggregateRequest request, ObservationFilter filter, boolean raw, boolean cities) {
        sql.append(raw ? " from observation r" : " from observation_rollup r")
                .append(" join indicator i on i.code = r.indicator_code")
                .append(" left join catalog_initiative ci on ci.id = r.initiative_id");
        if (cities) {
            sql.append(" left join catalog_city cc on cc.id = ci.city_id");
        }
        if (request.has(Dimension.THEME)) {
            sql.append(" left join lateral unnest(ci.themes) t(theme) on true");
        }
        if (request.has(Dimension.SDG)) {
            sql.append(" left join lateral unnest(ci.sdgs) s(sdg) on true");
        }
        sql.append(" where true").where(filter, "r", raw ? "extract(year from r.period_start)" : "r.year");
    }

    private static Sql groupAndLimit(Sql sql, List<String> keys, int limit) {
        if (!keys.isEmpty()) {
            String list = String.join(", ", keys);
            sql.append(" group by " + list + " order by " + list);
        }
        return sql.append(" limit :limit").bind("limit", limit);
    }

    private static Group group(AggregateRequest request, ResultSet rs) throws SQLException {
        int column = 1;
        Map<String, Object> key = new LinkedHashMap<>();
        for (Dimension d : request.groupBy()) {
            for (String name : d.keyFields()) {
                key.put(name, rs.getObject(column++));
            }
        }
        String least = rs.getString(column++);
        String greatest = rs.getString(column++);
        List<String> units = least == null ? List.of() : least.equals(greatest) ? List.of(least) : List.of(least, greatest);
        boolean additive = rs.getBoolean(column++);
        long count = rs.getLong(column++);
        long withoutPopulation = rs.getLong(column++);
        Map<Function, BigDecimal> values = new LinkedHashMap<>();
        for (Function f : request.functions()) {
            if (f != Function.COUNT) {
                values.put(f, rs.getBigDecimal(column++));
            }
        }
        return new Group(key, units, additive, count, withoutPopulation, values);
    }

    /** The key columns of the dimensions grouped by: a city by its name and id. */
    private static List<String> keys(AggregateRequest request, String year) {
        return request.groupBy().stream()
                .flatMap(d -> (d == Dimension.CITY ? List.of("ci.city_name", "ci.city_id") : List.of(expression(d, year))).stream())
                .toList();
    }

    private static String expression(Dimension d, String year) {
        return switch (d) {
            case INDICATOR -> "r.indicator_code";
            case INITIATIVE -> "r.initiative_id";
            case CITY -> throw new IllegalArgumentException("a city is keyed by two columns");
            case COUNTRY -> "ci.country";
            case THEME -> "t.theme";
            case SDG -> "s.sdg";
            case YEAR -> year;
            case PHASE -> "r.phase";
        };
    }

    private static String rollupFunction(Function f) {
        return switch (f) {
            case SUM -> "sum(r.total)";
            case AVG -> "sum(r.total) / nullif(sum(r.with_value), 0)";
            case MIN -> "min(r.minimum)";
            case MAX -> "max(r.maximum)";
            case COUNT, MEDIAN -> throw new IllegalArgumentException("not a rollup column: " + f);
        };
    }

    private static String rawFunction(Function f) {
        return switch (f) {
            case SUM -> "sum(r.normalized_value)";
            case AVG -> "avg(r.normalized_value)";
            case MIN -> "min(r.normalized_value)";
            case MAX -> "max(r.normalized_value)";
            case MEDIAN -> "(percentile_cont(0.5) within group (order by r.normalized_value))::numeric";
            case COUNT -> throw new IllegalArgumentException("count is always computed");
        };
    }
}

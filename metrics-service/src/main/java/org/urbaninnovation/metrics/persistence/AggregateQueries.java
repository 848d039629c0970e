package org.urbaninnovation.metrics.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.metrics.domain.AggregateRequest;
import org.urbaninnovation.metrics.domain.AggregateRequest.Dimension;
import org.urbaninnovation.metrics.domain.AggregateRequest.Function;
import org.urbaninnovation.metrics.domain.ObservationFilter;

/**
 * Grouped figures. Without a median they come from the rollup, whose grain is (indicator,
 * initiative, phase, year): dashboards never scan the observations. A median cannot be composed
 * from partial aggregates, so it reads the observations of the (required) indicator by index.
 */
@ApplicationScoped
public class AggregateQueries {

    /** One group: its key, its units (two when it mixes them), additivity, and the computed functions. */
    public record Group(Map<String, Object> key, List<String> units, boolean additive, long count,
            long withoutPopulation, Map<Function, BigDecimal> values) {
    }

    private final DataSource dataSource;

    public AggregateQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Groups in key order; at most {@code limit} of them. */
    public List<Group> groups(AggregateRequest request, ObservationFilter filter, int limit) {
        return read(request, statement(request, filter, limit));
    }

    public List<String> explain(AggregateRequest request, ObservationFilter filter, int limit) {
        return statement(request, filter, limit).explain(dataSource);
    }

    private Sql statement(AggregateRequest request, ObservationFilter filter, int limit) {
        boolean raw = request.has(Function.MEDIAN);
        String year = raw ? "extract(year from r.period_start)::integer" : "r.year";
        List<String> keys = request.groupBy().stream().flatMap(d -> expressions(d, year).stream()).toList();
        Sql sql = new Sql();
        if (request.per() != null) {
            // Per capita: each group's total over the population of the distinct cities it covers
            // (adding up the cities' own per-capita rates would describe no population at all).
            sql.append("with by_city as (select ");
            for (int k = 0; k < keys.size(); k++) {
                sql.append(keys.get(k) + " k" + k + ", ");
            }
            sql.append("cc.population, min(r.unit) least_unit, max(r.unit) greatest_unit, bool_and(i.additive) additive,"
                    + " sum(r.observations) observations, sum(r.total) total");
            from(sql, request, filter, false, true);
            sql.append(" group by ");
            for (int k = 0; k < keys.size(); k++) {
                sql.append(keys.get(k) + ", ");
            }
            sql.append("ci.city_id, cc.population) select ");
            List<String> outer = java.util.stream.IntStream.range(0, keys.size()).mapToObj(k -> "k" + k).toList();
            outer.forEach(k -> sql.append(k + ", "));
            sql.append("min(least_unit), max(greatest_unit), bool_and(additive), sum(observations),"
                    + " coalesce(sum(observations) filter (where coalesce(population, 0) = 0), 0)");
            if (request.has(Function.SUM)) {
                sql.append(", sum(total) filter (where population > 0) * " + request.per().people
                        + " / nullif(sum(population) filter (where population > 0 and total is not null), 0)");
            }
            sql.append(" from by_city");
            return groupAndLimit(sql, outer, limit);
        }
        sql.append("select ");
        keys.forEach(k -> sql.append(k).append(", "));
        // The least and greatest unit: equal when the group has one unit, two of them otherwise.
        // (array_agg(distinct) would force a sort of every row.)
        String unit = raw ? "i.unit" : "r.unit";
        sql.append("min(" + unit + "), max(" + unit + "), bool_and(i.additive), ");
        sql.append(raw ? "count(*)" : "sum(r.observations)").append(", 0");
        for (Function f : request.functions()) {
            if (f != Function.COUNT) {
                sql.append(", ").append(raw ? rawFunction(f) : rollupFunction(f));
            }
        }
        from(sql, request, filter, raw, false);
        return groupAndLimit(sql, keys, limit);
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
        return sql.append(" limit ?", limit);
    }

    private List<Group> read(AggregateRequest request, Sql sql) {
        List<Group> groups = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = sql.prepare(c);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                int column = 1;
                Map<String, Object> key = new LinkedHashMap<>();
                for (Dimension d : request.groupBy()) {
                    for (String name : keyNames(d)) {
                        key.put(name, rs.getObject(column++));
                    }
                }
                String least = rs.getString(column++);
                String greatest = rs.getString(column++);
                List<String> units = least == null ? List.of()
                        : least.equals(greatest) ? List.of(least) : List.of(least, greatest);
                boolean additive = rs.getBoolean(column++);
                long count = rs.getLong(column++);
                long withoutPopulation = rs.getLong(column++);
                Map<Function, BigDecimal> values = new LinkedHashMap<>();
                for (Function f : request.functions()) {
                    if (f != Function.COUNT) {
                        values.put(f, rs.getBigDecimal(column++));
                    }
                }
                groups.add(new Group(key, units, additive, count, withoutPopulation, values));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot aggregate observations", e);
        }
        return groups;
    }

    /** The response's name for a dimension: initiatives and indicators are keyed by id and code. */
    public static String name(Dimension d) {
        return switch (d) {
            case INITIATIVE -> "initiativeId";
            default -> d.wire();
        };
    }

    /** The columns of a group's key for a dimension: a city by its name and id, since two cities may share a name. */
    public static List<String> keyNames(Dimension d) {
        return d == Dimension.CITY ? List.of("city", "cityId") : List.of(name(d));
    }

    private static List<String> expressions(Dimension d, String year) {
        return d == Dimension.CITY ? List.of("ci.city_name", "ci.city_id") : List.of(expression(d, year));
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

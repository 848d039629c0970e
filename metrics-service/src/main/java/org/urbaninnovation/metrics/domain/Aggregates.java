package org.urbaninnovation.metrics.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.commons.domain.InvalidInput;
import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.metrics.domain.AggregateQueries.Group;
import org.urbaninnovation.metrics.domain.AggregateRequest.Dimension;
import org.urbaninnovation.metrics.domain.AggregateRequest.Function;

/**
 * Grouped figures that stay meaningful: a value function never adds up different units (a sum
 * of % and people is refused, naming the units), sums and per-capita figures are refused for
 * shares, ranks and durations, and a per-capita figure leaves out cities without a population
 * and says how many observations that was.
 */
@ApplicationScoped
public class Aggregates {

    public static final int MAX_GROUPS = 10_000;
    private static final MathContext PRECISION = new MathContext(12);

    /** Each item holds the group's key, its unit, {@code count} and the requested functions. */
    public record Result(List<String> groupBy, List<String> functions, String per, List<Map<String, Object>> items,
            long withoutPopulation) {
    }

    private final AggregateQueries queries;

    public Aggregates(AggregateQueries queries) {
        this.queries = queries;
    }

    public Result compute(AggregateRequest request, ObservationFilter filter) {
        if (filter.updatedAfter() != null) {
            throw InvalidInput.of("updatedAfter", "does not apply to aggregates, which cover whole years");
        }
        if (request.has(Function.MEDIAN) && filter.indicator() == null) {
            throw InvalidInput.of("indicator", "is required with fn=median: a median reads every value of one indicator");
        }
        List<Group> groups = queries.groups(request, filter, MAX_GROUPS + 1);
        if (groups.size() > MAX_GROUPS) {
            throw InvalidInput.of("groupBy", "makes more than " + MAX_GROUPS + " groups; filter or group by fewer dimensions");
        }
        List<Map<String, Object>> items = new ArrayList<>();
        long withoutPopulation = 0;
        for (Group group : groups) {
            check(request, group);
            Map<String, Object> item = new LinkedHashMap<>(group.key());
            item.put("unit", group.units().size() == 1
                    ? group.units().get(0) + (request.per() == null ? "" : request.per().unitSuffix) : null);
            item.put("count", group.count());
            group.values().forEach((f, v) -> {
                if (f != Function.COUNT) {
                    item.put(f.wire(), plain(v));
                }
            });
            items.add(item);
            withoutPopulation += group.withoutPopulation();
        }
        return new Result(request.groupBy().stream().map(Dimension::field).toList(),
                request.functions().stream().map(Function::wire).toList(),
                request.per() == null ? null : request.per().wire, items, withoutPopulation);
    }

    private static void check(AggregateRequest request, Group group) {
        if (group.units().isEmpty()) {
            return; // the single group of an ungrouped aggregate over no rows
        }
        if (request.readsValues() && group.units().size() > 1) {
            throw new InvalidInput(List.of(new Violation("fn", "cannot compute "
                    + String.join(", ", request.functions().stream().filter(Function::readsValues).map(Function::wire).toList())
                    + " over different units (among them " + String.join(" and ", group.units()) + ") in group "
                    + group.key() + "; filter by indicator or group by indicator")));
        }
        if (!group.additive() && (request.has(Function.SUM) || request.per() != null)) {
            throw new InvalidInput(List.of(new Violation(request.per() != null ? "per" : "fn", "does not apply: values in "
                    + group.units() + " do not add up across initiatives and cannot be divided by population (group "
                    + group.key() + "); use avg, min, max or median without per")));
        }
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.round(PRECISION).stripTrailingZeros().toPlainString());
    }
}

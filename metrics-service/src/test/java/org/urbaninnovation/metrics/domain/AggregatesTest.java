package org.urbaninnovation.metrics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.commons.domain.InvalidInput;
import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.metrics.domain.AggregateQueries.Group;
import org.urbaninnovation.metrics.domain.AggregateRequest.Function;

/** The unit-safety rules of aggregates over groups as the database would compute them. */
class AggregatesTest {

    private static final ObservationFilter ALL = new ObservationFilter(null, null, null, null, null, null, null, null, null,
            null, null);
    private static final ObservationFilter ONE_INDICATOR = new ObservationFilter(null, "students_walking_to_school_share",
            null, null, null, null, null, null, null, null, null);

    private final List<Group> groups = new ArrayList<>();
    private final Aggregates aggregates = new Aggregates((request, filter, limit) -> groups.stream().limit(limit).toList());

    private static Group group(Map<String, Object> key, List<String> units, boolean additive, long count,
            Map<Function, BigDecimal> values) {
        return new Group(key, units, additive, count, 0, values);
    }

    private static List<Violation> refusal(AggregateRequest request, ObservationFilter filter, Aggregates aggregates) {
        return assertThrows(InvalidInput.class, () -> aggregates.compute(request, filter)).violations();
    }

    @Test
    void aValueFunctionOverDifferentUnitsIsRefusedNamingTheUnits() {
        groups.add(group(Map.of("phase", "result"), List.of("%", "students"), true, 4, Map.of(Function.SUM, BigDecimal.TEN)));
        assertEquals(List.of(new Violation("fn", "cannot compute sum over different units (among them % and students) in"
                + " group {phase=result}; filter by indicator or group by indicator")),
                refusal(AggregateRequest.parse("phase", "sum", null), ALL, aggregates));
    }

    @Test
    void aCountMayMixUnitsAndThenNamesNone() {
        groups.add(group(Map.of("phase", "result"), List.of("%", "students"), true, 4, Map.of()));
        Map<String, Object> item = aggregates.compute(AggregateRequest.parse("phase", "count", null), ALL).items().get(0);
        assertEquals(List.of("phase", "unit", "count"), new ArrayList<>(item.keySet()));
        assertEquals(Arrays.asList("result", null, 4L), new ArrayList<>(item.values()));
    }

    @Test
    void sumsAreRefusedForValuesThatDoNotAddUp() {
        groups.add(group(Map.of(), List.of("%"), false, 2, Map.of(Function.SUM, new BigDecimal("125"))));
        assertEquals(List.of(new Violation("fn", "does not apply: values in [%] do not add up across initiatives and cannot"
                + " be divided by population (group {}); use avg, min, max or median without per")),
                refusal(AggregateRequest.parse(null, "sum", null), ONE_INDICATOR, aggregates));
    }

    @Test
    void perCapitaIsRefusedForValuesThatDoNotAddUpAndNamesPer() {
        groups.add(group(Map.of(), List.of("%"), false, 2, Map.of()));
        assertEquals("per", refusal(AggregateRequest.parse(null, "count", "capita"), ONE_INDICATOR, aggregates).get(0).field());
    }

    @Test
    void averagesOfSharesAreAnswered() {
        groups.add(group(Map.of(), List.of("%"), false, 2, Map.of(Function.AVG, new BigDecimal("62.500000000000000000"))));
        Aggregates.Result result = aggregates.compute(AggregateRequest.parse(null, "avg", null), ONE_INDICATOR);
        assertEquals("%", result.items().get(0).get("unit"));
        assertEquals(new BigDecimal("62.5"), result.items().get(0).get("avg"));
    }

    @Test
    void aMedianNeedsAnIndicatorFilter() {
        assertEquals(List.of(new Violation("indicator", "is required with fn=median: a median reads every value of one indicator")),
                refusal(AggregateRequest.parse(null, "median", null), ALL, aggregates));
    }

    @Test
    void aggregatesCoverWholeYearsSoUpdatedAfterDoesNotApply() {
        ObservationFilter recent = new ObservationFilter(null, null, null, null, null, null, null, null, null, null,
                OffsetDateTime.parse("2024-01-01T00:00:00Z"));
        assertEquals("updatedAfter", refusal(AggregateRequest.parse(null, null, null), recent, aggregates).get(0).field());
    }

    @Test
    void moreGroupsThanTheCapAreRefused() {
        for (int i = 0; i <= Aggregates.MAX_GROUPS; i++) {
            groups.add(group(Map.of("initiativeId", i), List.of("jobs"), true, 1, Map.of()));
        }
        assertEquals(List.of(new Violation("groupBy", "makes more than 10000 groups; filter or group by fewer dimensions")),
                refusal(AggregateRequest.parse("initiative", null, null), ALL, aggregates));
    }

    @Test
    void perCapitaNamesItsUnitAndCountsWhatCitiesWithoutPopulationLeftOut() {
        groups.add(new Group(Map.of("year", 2043), List.of("households"), true, 3, 1,
                Map.of(Function.SUM, new BigDecimal("0.99105572210801234"))));
        Aggregates.Result result = aggregates.compute(AggregateRequest.parse("year", "sum,count", "1000people"), ALL);
        assertEquals("households per 1000 people", result.items().get(0).get("unit"));
        assertEquals(new BigDecimal("0.991055722108"), result.items().get(0).get("sum"));
        assertEquals(1, result.withoutPopulation());
        assertEquals("1000people", result.per());
        assertEquals(List.of("year"), result.groupBy());
        assertEquals(List.of("sum", "count"), result.functions());
    }
}

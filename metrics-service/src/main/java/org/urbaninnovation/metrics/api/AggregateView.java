package org.urbaninnovation.metrics.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.urbaninnovation.commons.http.Tabular;
import org.urbaninnovation.metrics.domain.AggregateRequest;
import org.urbaninnovation.metrics.domain.Aggregates;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Grouped figures as answered. As CSV, one row per group: a column per key field (a city is two:
 * {@code city, cityId}), the unit, and one per requested function.
 */
public record AggregateView(List<String> groupBy, List<String> functions,
        @Schema(nullable = true, description = "capita or 1000people when asked for; null otherwise") String per,
        List<Map<String, Object>> items,
        long withoutPopulation, @JsonIgnore List<String> columns) implements Tabular {

    static AggregateView of(AggregateRequest request, Aggregates.Result result) {
        List<String> columns = new ArrayList<>(request.groupBy().stream().flatMap(d -> d.keyFields().stream()).toList());
        columns.add("unit");
        columns.addAll(result.functions());
        return new AggregateView(result.groupBy(), result.functions(), result.per(), result.items(),
                result.withoutPopulation(), List.copyOf(columns));
    }

    @Override
    public List<String> csvHeader() {
        return columns;
    }

    @Override
    public List<? extends List<?>> csvRows() {
        return items.stream().map(item -> columns.stream().map(item::get).toList()).toList();
    }
}

package org.urbaninnovation.metrics.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.urbaninnovation.metrics.domain.AggregateRequest.Function;

/** Grouped figures as the database computes them, before the unit-safety rules of {@link Aggregates}. */
public interface AggregateQueries {

    /**
     * One group: its key (by {@link AggregateRequest.Dimension#keyFields()}), its least and greatest
     * unit (one when the group has a single unit, none when it has no rows), whether all its
     * indicators add up, how many observations it has and how many of them belong to cities
     * without a population, and the requested functions other than count.
     */
    record Group(Map<String, Object> key, List<String> units, boolean additive, long count, long withoutPopulation,
            Map<Function, BigDecimal> values) {
    }

    /** Groups in key order; at most {@code limit} of them. */
    List<Group> groups(AggregateRequest request, ObservationFilter filter, int limit);
}

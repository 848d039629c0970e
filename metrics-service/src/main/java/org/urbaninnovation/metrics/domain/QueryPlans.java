package org.urbaninnovation.metrics.domain;

import java.util.List;

/**
 * The plan PostgreSQL runs for a read and what running it cost ({@code EXPLAIN ANALYZE}), with the
 * statement and parameters of the read itself: how an operator or the benchmark checks that
 * dashboards read the rollup and indexes, not the table.
 */
public interface QueryPlans {

    List<String> aggregates(AggregateRequest request, ObservationFilter filter, int limit);

    List<String> observations(ObservationFilter filter, int page, int size);

    List<String> series(ObservationFilter filter, int limit);
}

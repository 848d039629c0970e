package org.urbaninnovation.metrics.persistence;

import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.metrics.domain.AggregateRequest;
import org.urbaninnovation.metrics.domain.ObservationFilter;
import org.urbaninnovation.metrics.domain.QueryPlans;

/** {@code EXPLAIN (ANALYZE, BUFFERS)} of the very statements the reads run. */
@ApplicationScoped
public class SqlQueryPlans implements QueryPlans {

    private final DataSource dataSource;

    public SqlQueryPlans(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<String> aggregates(AggregateRequest request, ObservationFilter filter, int limit) {
        return SqlAggregateQueries.statement(request, filter, limit).explain(dataSource);
    }

    @Override
    public List<String> observations(ObservationFilter filter, int page, int size) {
        return SqlObservationQueries.pageStatement(filter, page, size).explain(dataSource);
    }

    @Override
    public List<String> series(ObservationFilter filter, int limit) {
        return SqlObservationQueries.seriesStatement(filter, limit).explain(dataSource);
    }
}

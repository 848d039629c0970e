package org.urbaninnovation.metrics.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.commons.paging.PageParams;
import org.urbaninnovation.metrics.domain.Aggregates;
import org.urbaninnovation.metrics.domain.QueryPlans;
import org.urbaninnovation.metrics.domain.Series;

/**
 * The plan PostgreSQL runs for a read, with the same parameters as the read itself (admin): how an
 * operator or the benchmark checks that dashboards read the rollup and indexes, not the table.
 */
@Path("/internal/v1/explain")
@Tag(name = "Operations")
@Produces(MediaType.TEXT_PLAIN)
@RolesAllowed("admin")
public class ExplainResource {

    private final QueryPlans plans;

    public ExplainResource(QueryPlans plans) {
        this.plans = plans;
    }

    @GET
    @Path("/aggregates")
    @Operation(summary = "EXPLAIN ANALYZE of GET /api/v1/aggregates with these parameters (admin)")
    public String aggregates(@Valid @BeanParam ObservationParams params, @Valid @BeanParam AggregateParams aggregate) {
        // The read asks for one group more than it answers, to tell that there are too many.
        return lines(plans.aggregates(aggregate.toRequest(), params.toFilter(), Aggregates.MAX_GROUPS + 1));
    }

    @GET
    @Path("/observations")
    @Operation(summary = "EXPLAIN ANALYZE of GET /api/v1/observations with these parameters (admin)")
    public String observations(@Valid @BeanParam ObservationParams params, @Valid @BeanParam PageParams paging) {
        return lines(plans.observations(params.toFilter(), paging.page(), paging.size()));
    }

    @GET
    @Path("/series")
    @Operation(summary = "EXPLAIN ANALYZE of GET /api/v1/series with these parameters (admin)")
    public String series(@Valid @BeanParam ObservationParams params) {
        return lines(plans.series(params.toFilter(), Series.MAX_POINTS + 1));
    }

    private static String lines(List<String> plan) {
        return String.join("\n", plan) + "\n";
    }
}

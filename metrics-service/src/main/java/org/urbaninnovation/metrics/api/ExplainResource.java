package org.urbaninnovation.metrics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.commons.paging.PageParams;
import org.urbaninnovation.metrics.domain.Aggregates;
import org.urbaninnovation.metrics.domain.Series;
import org.urbaninnovation.metrics.persistence.AggregateQueries;
import org.urbaninnovation.metrics.persistence.ObservationQueries;

/**
 * The plan PostgreSQL runs for a read, with the same parameters as the read itself (admin): how an
 * operator or the benchmark checks that dashboards read the rollup and indexes, not the table.
 */
@Path("/internal/v1/explain")
@Tag(name = "Operations")
@Produces(MediaType.TEXT_PLAIN)
@RolesAllowed("admin")
@SecurityRequirement(name = "jwt")
public class ExplainResource {

    private final AggregateQueries aggregates;
    private final ObservationQueries observations;

    public ExplainResource(AggregateQueries aggregates, ObservationQueries observations) {
        this.aggregates = aggregates;
        this.observations = observations;
    }

    @GET
    @Path("/aggregates")
    @Operation(summary = "EXPLAIN ANALYZE of GET /api/v1/aggregates with these parameters (admin)")
    public String aggregates(@Valid @BeanParam ObservationParams params, @Valid @BeanParam AggregateParams aggregate) {
        return String.join("\n", aggregates.explain(aggregate.toRequest(), params.toFilter(),
                Aggregates.MAX_GROUPS + 1)) + "\n";
    }

    @GET
    @Path("/observations")
    @Operation(summary = "EXPLAIN ANALYZE of GET /api/v1/observations with these parameters (admin)")
    public String observations(@Valid @BeanParam ObservationParams params, @Valid @BeanParam PageParams paging) {
        return String.join("\n", observations.explainPage(params.toFilter(), paging.page(), paging.size())) + "\n";
    }

    @GET
    @Path("/series")
    @Operation(summary = "EXPLAIN ANALYZE of GET /api/v1/series with these parameters (admin)")
    public String series(@Valid @BeanParam ObservationParams params) {
        return String.join("\n", observations.explainSeries(params.toFilter(), Series.MAX_POINTS + 1)) + "\n";
    }
}

package org.urbaninnovation.metrics.api;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.commons.http.Csv;
import org.urbaninnovation.commons.idempotency.IdempotentRequests;
import org.urbaninnovation.commons.paging.Page;
import org.urbaninnovation.commons.paging.PageParams;
import org.urbaninnovation.metrics.domain.AnswerCache;
import org.urbaninnovation.metrics.domain.ObservationDraft;
import org.urbaninnovation.metrics.domain.ObservationFilter;
import org.urbaninnovation.metrics.domain.ObservationIngest;
import org.urbaninnovation.metrics.domain.ObservationRecord;
import org.urbaninnovation.metrics.persistence.ObservationQueries;

@Path("/api/v1/observations")
@Tag(name = "Observations")
public class ObservationResource {

    static final List<String> CSV_HEADER = List.of("id", "initiativeId", "initiative", "cityId", "city", "country", "indicator",
            "phase", "period", "scope", "value", "qualifier", "low", "high", "unit", "normalizedValue", "indicatorUnit",
            "sourceDocument", "sourceQuote", "note", "version", "updatedAt");

    private final ObservationQueries queries;
    private final ObservationIngest ingest;
    private final IdempotentRequests idempotency;
    private final JsonWebToken caller;
    private final AnswerCache answers;

    public ObservationResource(ObservationQueries queries, ObservationIngest ingest, IdempotentRequests idempotency,
            JsonWebToken caller, AnswerCache answers) {
        this.queries = queries;
        this.ingest = ingest;
        this.idempotency = idempotency;
        this.caller = caller;
        this.answers = answers;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "Observations, filtered; each with its source quote. JSON or CSV")
    public Response list(@Valid @BeanParam ObservationParams params, @Valid @BeanParam PageParams paging,
            @QueryParam("format") @Pattern(regexp = "json|csv", message = "must be json or csv") String format,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        ObservationFilter filter = params.toFilter();
        return Answers.respond(format, headers, uri, answers, List.of("observations", filter, paging.page(), paging.size()),
                () -> {
                    List<ObservationRecord> rows = queries.page(filter, paging.page(), paging.size());
                    return Page.of(rows, paging, Page.total(paging, rows.size(), () -> queries.count(filter)));
                }, page -> page.items().size(), CSV_HEADER,
                page -> page.items().stream().map(ObservationResource::csv).toList());
    }

    @POST
    @RolesAllowed({ "admin", "service" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Record observations (admin, service): upsert by (initiative, indicator, phase, period, scope),"
            + " all or nothing, problems named by row; repeat safely with the same Idempotency-Key")
    public Response record(
            @Valid @NotNull @NotEmpty @Size(max = ObservationIngest.MAX_ROWS) List<@Valid @NotNull ObservationDraft> rows,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Makes a retried ingest harmless") String key) {
        return idempotency.run(key, caller.getSubject(), "observation.ingest", rows,
                () -> Response.ok(ingest.ingest(rows)).build());
    }

    static List<Object> csv(ObservationRecord o) {
        return Arrays.asList(o.id(), o.initiativeId(), o.initiative(), o.cityId(), o.city(), o.country(), o.indicator(), o.phase(),
                o.period(), o.scope(), o.value(), o.qualifier(), o.low(), o.high(), o.unit(), o.normalizedValue(),
                o.indicatorUnit(), o.source().document(), o.source().quote(), o.note(), o.version(), o.updatedAt());
    }
}

package org.urbaninnovation.metrics.api;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
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

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.commons.domain.InvalidInput;
import org.urbaninnovation.commons.http.Columns;
import org.urbaninnovation.commons.http.Csv;
import org.urbaninnovation.commons.http.Format;
import org.urbaninnovation.commons.idempotency.IdempotentRequests;
import org.urbaninnovation.commons.paging.Page;
import org.urbaninnovation.commons.paging.PageParams;
import org.urbaninnovation.commons.problem.ProblemException;
import org.urbaninnovation.commons.problem.ProblemType;
import org.urbaninnovation.metrics.domain.ObservationFilter;
import org.urbaninnovation.metrics.domain.ObservationIngest;
import org.urbaninnovation.metrics.domain.ObservationQueries;
import org.urbaninnovation.metrics.domain.ObservationRecord;
import org.urbaninnovation.metrics.domain.Recorded;

@Path("/api/v1/observations")
@Tag(name = "Observations")
public class ObservationResource {

    /** How the document describes {@code Page<ObservationRecord>} (an OpenAPI schema cannot name a generic type's argument). */
    @Schema(name = "ObservationPage", description = "A page of observations")
    record ObservationPage(List<ObservationRecord> items, int page, int size, long total) {
    }


    static final Columns<ObservationRecord> COLUMNS = new Columns<>(List.of("id", "initiativeId", "initiative", "cityId",
            "city", "country", "indicator", "phase", "period", "scope", "value", "qualifier", "low", "high", "unit",
            "normalizedValue", "indicatorUnit", "sourceDocument", "sourceQuote", "note", "version", "updatedAt"),
            o -> Arrays.asList(o.id(), o.initiativeId(), o.initiative(), o.cityId(), o.city(), o.country(), o.indicator(),
                    o.phase(), o.period(), o.scope(), o.value(), o.qualifier(), o.low(), o.high(), o.unit(),
                    o.normalizedValue(), o.indicatorUnit(), o.source().document(), o.source().quote(), o.note(), o.version(),
                    o.updatedAt()));

    /** Accepted by the seeded service: Xianning's initiative and one of its indicators, as a target. */
    static final String EXAMPLE = """
            [{"initiativeId": "11111111-0000-4000-8000-000000000001", "indicator": "walking_bus_routes",
              "phase": "target", "period": "2027", "value": 6, "unit": "routes",
              "source": {"document": "example-plan-2027.pdf", "quote": "Six walking bus routes by 2027."}}]""";

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
    @APIResponse(responseCode = "200", description = "The answer, as JSON or as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationPage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    public Response list(@Valid @BeanParam ObservationParams params, @Valid @BeanParam PageParams paging,
            @QueryParam("format") Format format, @Context HttpHeaders headers) {
        ObservationFilter filter = params.toFilter();
        return answers.respond(List.of("observations", filter, paging.page(), paging.size()),
                Format.negotiate(format, headers), () -> {
                    List<ObservationRecord> rows = queries.page(filter, paging.page(), paging.size());
                    return Page.of(rows, paging, Page.total(paging, rows.size(), () -> queries.count(filter)))
                            .withColumns(COLUMNS);
                }, page -> page.items().size());
    }

    @POST
    @RolesAllowed({ "admin", "service" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record observations (admin, service): upsert by (initiative, indicator, phase, period, scope),"
            + " all or nothing, problems named by row; repeat safely with the same Idempotency-Key")
    @APIResponse(responseCode = "200", description = "Recorded: how many rows were inserted, changed and already recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Recorded.class)))
    public Response record(
            @RequestBody(description = "Up to " + ObservationIngest.MAX_ROWS + " figures", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "target", summary = "A target of a seeded initiative", value = EXAMPLE)))
            @Valid @NotNull @NotEmpty @Size(max = ObservationIngest.MAX_ROWS) List<@Valid @NotNull ObservationRequest> rows,
            @HeaderParam(IdempotentRequests.HEADER)
            @Parameter(description = "Makes a retried ingest harmless: the same key and body answer the first answer again",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255, pattern = "[!-~]+"))
            String key) {
        return idempotency.run(key, caller.getSubject(), "observation.ingest", rows,
                () -> Response.ok(recorded(rows)).build());
    }

    /** A refused batch says so first, then names each problem by its row. */
    private Recorded recorded(List<ObservationRequest> rows) {
        try {
            return ingest.ingest(rows.stream().map(ObservationRequest::toDraft).toList());
        } catch (InvalidInput refused) {
            throw new ProblemException(ProblemType.VALIDATION, refused.violations().size()
                    + " problem(s) in the observations; nothing was recorded. First: " + refused.violations().get(0).field()
                    + " " + refused.violations().get(0).message(), refused.violations());
        }
    }
}

package org.urbaninnovation.metrics.api;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.commons.http.Columns;
import org.urbaninnovation.commons.http.Csv;
import org.urbaninnovation.commons.http.Format;
import org.urbaninnovation.commons.paging.Page;
import org.urbaninnovation.commons.paging.PageParams;
import org.urbaninnovation.metrics.domain.ObservationFilter;
import org.urbaninnovation.metrics.domain.Outcome;
import org.urbaninnovation.metrics.domain.Outcomes;

@Path("/api/v1/outcomes")
@Tag(name = "Outcomes")
public class OutcomeResource {

    /** How the document describes {@code Page<Outcome>} (an OpenAPI schema cannot name a generic type's argument). */
    @Schema(name = "OutcomePage", description = "A page of outcomes")
    record OutcomePage(List<Outcome> items, int page, int size, long total) {
    }


    static final Columns<Outcome> COLUMNS = new Columns<>(List.of("initiativeId", "initiative", "city", "country",
            "indicator", "indicatorName", "unit", "direction", "scope", "baselinePeriod", "baselineQualifier",
            "baselineValue", "baselineLow", "baselineHigh", "baselineUnit", "baselineInIndicatorUnit", "resultPeriod",
            "resultQualifier", "resultValue", "resultLow", "resultHigh", "resultUnit", "resultInIndicatorUnit",
            "absoluteChange", "relativeChangePercent", "improved"),
            o -> Arrays.asList(o.initiativeId(), o.initiative(), o.city(), o.country(), o.indicator(), o.indicatorName(),
                    o.unit(), o.direction(), o.scope(), o.baseline().period(), o.baseline().qualifier(), o.baseline().value(),
                    o.baseline().low(), o.baseline().high(), o.baseline().unit(), o.baseline().normalizedValue(),
                    o.result().period(), o.result().qualifier(), o.result().value(), o.result().low(), o.result().high(),
                    o.result().unit(), o.result().normalizedValue(), o.absoluteChange(), o.relativeChangePercent(),
                    o.improved()));

    private final Outcomes outcomes;

    public OutcomeResource(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "Baseline → result pairs per initiative and indicator, with absolute and relative change and"
            + " whether it is an improvement by the indicator's direction; JSON or CSV")
    @APIResponse(responseCode = "200", description = "The answer, as JSON or as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomePage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    public Response list(@Valid @BeanParam ObservationParams params, @Valid @BeanParam PageParams paging,
            @QueryParam("improved") @Pattern(regexp = "true|false", message = "must be true or false") String improved,
            @QueryParam("format") Format format, @Context HttpHeaders headers) {
        ObservationFilter filter = params.toFilter();
        Boolean wanted = improved == null ? null : Boolean.valueOf(improved);
        List<Outcome> page = outcomes.page(filter, wanted, paging.page(), paging.size());
        long total = Page.total(paging, page.size(), () -> outcomes.count(filter, wanted));
        return Response.ok(Page.of(page, paging, total).withColumns(COLUMNS), Format.negotiate(format, headers)).build();
    }
}

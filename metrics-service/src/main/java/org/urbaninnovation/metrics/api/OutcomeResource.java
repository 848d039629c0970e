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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.commons.http.Csv;
import org.urbaninnovation.commons.paging.Page;
import org.urbaninnovation.commons.paging.PageParams;
import org.urbaninnovation.commons.problem.ProblemException;
import org.urbaninnovation.metrics.domain.Outcome;
import org.urbaninnovation.metrics.persistence.IndicatorRepository;
import org.urbaninnovation.metrics.persistence.ObservationQueries;

@Path("/api/v1/outcomes")
@Tag(name = "Outcomes")
public class OutcomeResource {

    static final List<String> CSV_HEADER = List.of("initiativeId", "initiative", "city", "country", "indicator",
            "indicatorName", "unit", "direction", "scope", "baselinePeriod", "baselineQualifier", "baselineValue",
            "baselineLow", "baselineHigh", "baselineUnit", "baselineInIndicatorUnit", "resultPeriod", "resultQualifier",
            "resultValue", "resultLow", "resultHigh", "resultUnit", "resultInIndicatorUnit", "absoluteChange",
            "relativeChangePercent", "improved");

    private final ObservationQueries queries;
    private final IndicatorRepository indicators;

    public OutcomeResource(ObservationQueries queries, IndicatorRepository indicators) {
        this.queries = queries;
        this.indicators = indicators;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "Baseline → result pairs per initiative and indicator, with absolute and relative change and"
            + " whether it is an improvement by the indicator's direction; JSON or CSV")
    public Response list(@Valid @BeanParam ObservationParams params, @Valid @BeanParam PageParams paging,
            @QueryParam("improved") @Pattern(regexp = "true|false", message = "must be true or false") String improved,
            @QueryParam("format") @Pattern(regexp = "json|csv", message = "must be json or csv") String format,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        var filter = params.toFilter();
        if (filter.phase() != null) {
            throw ProblemException.invalid("phase", "does not apply to outcomes, which pair a baseline with a result");
        }
        Boolean wanted = improved == null ? null : Boolean.valueOf(improved);
        List<Outcome> page = queries.outcomes(filter, wanted, indicators.byCode(), paging.page(), paging.size());
        long total = Page.total(paging, page.size(), () -> queries.countOutcomes(filter, wanted));
        return Csv.respond(format, headers, uri, Page.of(page, paging, total), CSV_HEADER,
                () -> page.stream().map(OutcomeResource::csv).toList());
    }

    private static List<Object> csv(Outcome o) {
        return Arrays.asList(o.initiativeId(), o.initiative(), o.city(), o.country(), o.indicator(), o.indicatorName(),
                o.unit(), o.direction(), o.scope(), o.baseline().period(), o.baseline().qualifier(), o.baseline().value(),
                o.baseline().low(), o.baseline().high(), o.baseline().unit(), o.baseline().normalizedValue(),
                o.result().period(), o.result().qualifier(), o.result().value(), o.result().low(), o.result().high(),
                o.result().unit(), o.result().normalizedValue(), o.absoluteChange(), o.relativeChangePercent(),
                o.improved());
    }
}

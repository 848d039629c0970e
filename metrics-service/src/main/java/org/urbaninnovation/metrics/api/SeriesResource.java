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
import org.urbaninnovation.commons.problem.ProblemException;
import org.urbaninnovation.metrics.domain.AnswerCache;
import org.urbaninnovation.metrics.domain.Series;
import org.urbaninnovation.metrics.domain.Series.By;

@Path("/api/v1/series")
@Tag(name = "Series")
public class SeriesResource {

    static final List<String> CSV_HEADER = List.of("series", "initiativeId", "cityId", "city", "phase", "period", "time",
            "value", "unit", "observations");

    private final Series series;
    private final AnswerCache answers;

    public SeriesResource(Series series, AnswerCache answers) {
        this.series = series;
        this.answers = answers;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "Time series of one indicator for charts: one row per series and period, ordered by period;"
            + " by initiative (each figure) or by city (summed, or averaged for shares); JSON or CSV")
    public Response get(@Valid @BeanParam ObservationParams params,
            @QueryParam("by") @Pattern(regexp = "initiative|city", message = "must be initiative or city") String by,
            @QueryParam("format") @Pattern(regexp = "json|csv", message = "must be json or csv") String format,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        var filter = params.toFilter();
        if (filter.indicator() == null) {
            throw ProblemException.invalid("indicator", "is required: a series follows one indicator");
        }
        By grouping = "city".equals(by) ? By.CITY : By.INITIATIVE;
        return Answers.respond(format, headers, uri, answers, List.of("series", filter, grouping),
                () -> series.of(filter, grouping), result -> result.items().size(), CSV_HEADER,
                result -> result.items().stream()
                        .map(p -> Arrays.<Object>asList(p.series(), p.initiativeId(), p.cityId(), p.city(), p.phase(), p.period(),
                                p.time(), p.value(), result.unit(), p.observations()))
                        .toList());
    }
}

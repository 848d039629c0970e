package org.urbaninnovation.metrics.api;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.commons.http.Csv;
import org.urbaninnovation.commons.http.Format;
import org.urbaninnovation.metrics.domain.ObservationFilter;
import org.urbaninnovation.metrics.domain.Series;
import org.urbaninnovation.metrics.domain.Series.By;

@Path("/api/v1/series")
@Tag(name = "Series")
public class SeriesResource {

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
    @APIResponse(responseCode = "200", description = "The answer, as JSON or as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesView.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @Parameter(name = "indicator", in = ParameterIn.QUERY, required = true, description = "The indicator the series follows")
    public Response get(@Valid @BeanParam ObservationParams params,
            @QueryParam("by") @Pattern(regexp = "initiative|city", message = "must be initiative or city") String by,
            @QueryParam("format") Format format, @Context HttpHeaders headers) {
        ObservationFilter filter = params.toFilter();
        By grouping = "city".equals(by) ? By.CITY : By.INITIATIVE;
        return answers.respond(List.of("series", filter, grouping), Format.negotiate(format, headers),
                () -> SeriesView.of(series.of(filter, grouping)), view -> view.items().size());
    }
}

package org.urbaninnovation.metrics.api;

import java.util.List;

import jakarta.validation.Valid;
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
import org.urbaninnovation.commons.http.Csv;
import org.urbaninnovation.commons.http.Format;
import org.urbaninnovation.metrics.domain.AggregateRequest;
import org.urbaninnovation.metrics.domain.Aggregates;
import org.urbaninnovation.metrics.domain.ObservationFilter;

@Path("/api/v1/aggregates")
@Tag(name = "Aggregates")
public class AggregateResource {

    private final Aggregates aggregates;
    private final AnswerCache answers;

    public AggregateResource(Aggregates aggregates, AnswerCache answers) {
        this.aggregates = aggregates;
        this.answers = answers;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "Grouped figures, unit-safe: a group mixing units is refused; optionally per capita; JSON or CSV")
    @APIResponse(responseCode = "200", description = "The answer, as JSON or as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AggregateView.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    public Response get(@Valid @BeanParam ObservationParams params, @Valid @BeanParam AggregateParams aggregate,
            @QueryParam("format") Format format, @Context HttpHeaders headers) {
        AggregateRequest request = aggregate.toRequest();
        ObservationFilter filter = params.toFilter();
        return answers.respond(List.of("aggregates", request, filter), Format.negotiate(format, headers),
                () -> AggregateView.of(request, aggregates.compute(request, filter)), view -> view.items().size());
    }
}

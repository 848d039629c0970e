package org.urbaninnovation.metrics.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.commons.http.Csv;
import org.urbaninnovation.metrics.domain.AggregateRequest;
import org.urbaninnovation.metrics.domain.Aggregates;

@Path("/api/v1/aggregates")
@Tag(name = "Aggregates")
public class AggregateResource {

    private final Aggregates aggregates;

    public AggregateResource(Aggregates aggregates) {
        this.aggregates = aggregates;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "Grouped figures, unit-safe: a group mixing units is refused; optionally per capita; JSON or CSV")
    public Response get(@Valid @BeanParam ObservationParams params,
            @QueryParam("groupBy") @Size(max = 100) @Parameter(description = "Up to 3 of indicator, initiative, city,"
                    + " country, theme, sdg, year, phase, comma-separated") String groupBy,
            @QueryParam("fn") @Size(max = 100) @Parameter(description = "Any of count, sum, avg, min, max, median,"
                    + " comma-separated; default count") String fn,
            @QueryParam("per") @Parameter(description = "capita or 1000people: divide by the city's population") String per,
            @QueryParam("format") @Pattern(regexp = "json|csv", message = "must be json or csv") String format,
            @Context HttpHeaders headers) {
        AggregateRequest request = AggregateRequest.parse(groupBy, fn, per);
        Aggregates.Result result = aggregates.compute(request, params.toFilter());
        List<String> header = new ArrayList<>(result.groupBy());
        header.add("unit");
        header.addAll(result.functions());
        return Csv.respond(format, headers, result, header,
                () -> result.items().stream().map(item -> header.stream().map(item::get).toList()).toList());
    }
}

package org.urbaninnovation.metrics.api;

import java.util.ArrayList;
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
import org.urbaninnovation.metrics.domain.AggregateRequest;
import org.urbaninnovation.metrics.domain.Aggregates;
import org.urbaninnovation.metrics.domain.AnswerCache;
import org.urbaninnovation.metrics.domain.ObservationFilter;
import org.urbaninnovation.metrics.persistence.AggregateQueries;

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
    public Response get(@Valid @BeanParam ObservationParams params, @Valid @BeanParam AggregateParams aggregate,
            @QueryParam("format") @Pattern(regexp = "json|csv", message = "must be json or csv") String format,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        AggregateRequest request = aggregate.toRequest();
        ObservationFilter filter = params.toFilter();
        List<String> header = new ArrayList<>(request.groupBy().stream().flatMap(d -> AggregateQueries.keyNames(d).stream())
                .toList());
        header.add("unit");
        header.addAll(request.functions().stream().map(AggregateRequest.Function::wire).toList());
        return Answers.respond(format, headers, uri, answers, List.of("aggregates", request, filter),
                () -> aggregates.compute(request, filter), result -> result.items().size(), header,
                result -> result.items().stream().map(item -> header.stream().map(item::get).toList()).toList());
    }
}

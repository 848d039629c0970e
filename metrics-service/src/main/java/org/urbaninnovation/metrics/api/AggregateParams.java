package org.urbaninnovation.metrics.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.urbaninnovation.metrics.domain.AggregateRequest;

/** What an aggregate groups by, computes and divides by: the same for the read and for its EXPLAIN. */
public class AggregateParams {

    @QueryParam("groupBy")
    @Size(max = 100)
    @Parameter(description = "Up to 3 of indicator, initiative, city, country, theme, sdg, year, phase, comma-separated")
    String groupBy;

    @QueryParam("fn")
    @Size(max = 100)
    @Parameter(description = "Any of count, sum, avg, min, max, median, comma-separated; default count")
    String fn;

    @QueryParam("per")
    @Pattern(regexp = "capita|1000people|", message = "must be capita or 1000people")
    @Parameter(description = "capita or 1000people: a group's total over the population of the cities it covers")
    String per;

    AggregateRequest toRequest() {
        return AggregateRequest.parse(groupBy, fn, per);
    }
}

package org.urbaninnovation.metrics.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.urbaninnovation.commons.openapi.NullableProperties;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Which fields of the domain's answers may be null: a figure without a period, a range's bounds
 * outside ranges, the catalogue's place before the projection knows it, a change that cannot be
 * computed (a baseline of zero), an improvement of a neutral indicator.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DocumentedNullability implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        NullableProperties.mark(openAPI, Map.of(
                "ObservationRecord", List.of("initiative", "cityId", "city", "country", "period", "periodStart", "scope",
                        "low", "high", "normalizedValue", "note"),
                "Figure", List.of("period", "low", "high", "normalizedValue", "quote"),
                "Outcome", List.of("initiative", "city", "country", "scope", "absoluteChange", "relativeChangePercent",
                        "improved")));
    }
}

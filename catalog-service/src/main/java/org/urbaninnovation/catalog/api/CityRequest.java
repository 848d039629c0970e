package org.urbaninnovation.catalog.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.urbaninnovation.catalog.domain.CityDraft;
import org.urbaninnovation.catalog.domain.Slugs;
import org.urbaninnovation.commons.validation.PlainText;

/** A city's basic data as an administrator enters it; figures as printed, blanks as null. */
public record CityRequest(
        @Schema(description = "Chosen by the service when left out") UUID id,
        @Schema(nullable = true, description = "Made of the name when left out; kept by a replacement")
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lowercase words joined by hyphens") String slug,
        @NotBlank @Size(max = 120) @PlainText String name,
        @NotBlank @Size(max = 120) @PlainText String country,
        @Schema(nullable = true) @Min(value = 0, message = "must not be negative") Long population,
        @Schema(nullable = true) @Size(max = 60) @PlainText String populationText,
        @Schema(nullable = true) @DecimalMin(value = "0", message = "must not be negative") BigDecimal areaKm2,
        @Schema(nullable = true) @Size(max = 60) @PlainText String areaText,
        @Schema(nullable = true) @DecimalMin(value = "0", message = "must not be negative") BigDecimal densityPerKm2,
        @Schema(nullable = true) @Size(max = 60) @PlainText String densityText,
        @Schema(nullable = true) @DecimalMin(value = "0", message = "must not be negative") BigDecimal gdpPerCapitaUsd,
        @Schema(nullable = true) @Size(max = 60) @PlainText String gdpPerCapitaText,
        @Schema(nullable = true) @Size(max = 60) @PlainText String growthRate,
        @Schema(nullable = true) @Size(max = 500) @PlainText String mainSourcesOfProsperity,
        @Schema(nullable = true) @Size(max = 20) List<@NotBlank @Size(max = 500) @PlainText String> dataQualityNotes) {

    /** The example of the OpenAPI document, for a create and a replacement; {@code OpenApiExamplesTest} sends it. */
    static final String EXAMPLE = """
            {"name": "Example Bay", "country": "Exampleland", "population": 120000, "populationText": "120,000",
             "areaKm2": 12.5, "areaText": "12.5", "densityPerKm2": 9600, "densityText": "9,600",
             "gdpPerCapitaUsd": null, "gdpPerCapitaText": null, "growthRate": "1.2%",
             "mainSourcesOfProsperity": "Fishing, shipping", "dataQualityNotes": ["The source leaves GDP per capita blank."]}""";

    CityDraft toDraft() {
        return new CityDraft(id, slug, name, country, population, populationText, areaKm2, areaText, densityPerKm2,
                densityText, gdpPerCapitaUsd, gdpPerCapitaText, growthRate, mainSourcesOfProsperity, dataQualityNotes);
    }
}

package org.urbaninnovation.catalog.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.urbaninnovation.catalog.domain.CityDraft;
import org.urbaninnovation.commons.validation.PlainText;

/** A city's basic data as an administrator enters it; figures as printed, blanks as null. */
public record CityRequest(
        UUID id,
        @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lowercase words joined by hyphens") String slug,
        @NotBlank @Size(max = 120) @PlainText String name,
        @NotBlank @Size(max = 120) @PlainText String country,
        @Min(value = 0, message = "must not be negative") Long population,
        @Size(max = 60) @PlainText String populationText,
        @DecimalMin(value = "0", message = "must not be negative") BigDecimal areaKm2,
        @Size(max = 60) @PlainText String areaText,
        @DecimalMin(value = "0", message = "must not be negative") BigDecimal densityPerKm2,
        @Size(max = 60) @PlainText String densityText,
        @DecimalMin(value = "0", message = "must not be negative") BigDecimal gdpPerCapitaUsd,
        @Size(max = 60) @PlainText String gdpPerCapitaText,
        @Size(max = 60) @PlainText String growthRate,
        @Size(max = 500) @PlainText String mainSourcesOfProsperity,
        @Size(max = 20) List<@NotBlank @Size(max = 500) @PlainText String> dataQualityNotes) {

    CityDraft toDraft() {
        return new CityDraft(id, slug, name, country, population, populationText, areaKm2, areaText, densityPerKm2,
                densityText, gdpPerCapitaUsd, gdpPerCapitaText, growthRate, mainSourcesOfProsperity, dataQualityNotes);
    }
}

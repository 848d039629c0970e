package org.urbaninnovation.catalog.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.urbaninnovation.catalog.domain.City;

/** A city's basic data exactly as printed (null where the source leaves it blank), with the initiatives it carried out. */
public record CityDetail(UUID id, String slug, String name, String country, @Schema(nullable = true) Long population,
        @Schema(nullable = true) String populationText, @Schema(nullable = true) BigDecimal areaKm2,
        @Schema(nullable = true) String areaText, @Schema(nullable = true) BigDecimal densityPerKm2,
        @Schema(nullable = true) String densityText, @Schema(nullable = true) BigDecimal gdpPerCapitaUsd,
        @Schema(nullable = true) String gdpPerCapitaText, @Schema(nullable = true) String growthRate,
        @Schema(nullable = true) String mainSourcesOfProsperity, List<String> dataQualityNotes,
        List<InitiativeSummary> initiatives) {

    static CityDetail of(City c, List<InitiativeSummary> initiatives) {
        return new CityDetail(c.id, c.slug, c.name, c.country, c.population, c.populationText, c.areaKm2, c.areaText,
                c.densityPerKm2, c.densityText, c.gdpPerCapitaUsd, c.gdpPerCapitaText, c.growthRate,
                c.mainSourcesOfProsperity, List.copyOf(c.dataQualityNotes), initiatives);
    }
}

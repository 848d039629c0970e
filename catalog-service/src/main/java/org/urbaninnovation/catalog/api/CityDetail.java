package org.urbaninnovation.catalog.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.urbaninnovation.catalog.domain.City;

/** A city's basic data exactly as printed, with the initiatives it carried out. */
public record CityDetail(UUID id, String slug, String name, String country, Long population, String populationText,
        BigDecimal areaKm2, String areaText, BigDecimal densityPerKm2, String densityText, BigDecimal gdpPerCapitaUsd,
        String gdpPerCapitaText, String growthRate, String mainSourcesOfProsperity, List<String> dataQualityNotes,
        List<InitiativeSummary> initiatives) {

    static CityDetail of(City c, List<InitiativeSummary> initiatives) {
        return new CityDetail(c.id, c.slug, c.name, c.country, c.population, c.populationText, c.areaKm2, c.areaText,
                c.densityPerKm2, c.densityText, c.gdpPerCapitaUsd, c.gdpPerCapitaText, c.growthRate,
                c.mainSourcesOfProsperity, List.copyOf(c.dataQualityNotes), initiatives);
    }
}

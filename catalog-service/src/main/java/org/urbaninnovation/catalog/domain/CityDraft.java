package org.urbaninnovation.catalog.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What an administrator writes about a city: its basic data as the source prints it. */
public record CityDraft(UUID id, String slug, String name, String country, Long population, String populationText,
        BigDecimal areaKm2, String areaText, BigDecimal densityPerKm2, String densityText, BigDecimal gdpPerCapitaUsd,
        String gdpPerCapitaText, String growthRate, String mainSourcesOfProsperity, List<String> dataQualityNotes) {

    /** The same data under another slug. */
    public CityDraft withSlug(String settledSlug) {
        return new CityDraft(id, settledSlug, name, country, population, populationText, areaKm2, areaText, densityPerKm2,
                densityText, gdpPerCapitaUsd, gdpPerCapitaText, growthRate, mainSourcesOfProsperity, dataQualityNotes);
    }
}

package org.urbaninnovation.catalog.infrastructure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.urbaninnovation.catalog.domain.Partner;
import org.urbaninnovation.catalog.domain.Provenance;

/** The shape of {@code seed/initiatives.json}, the catalogue extracted from the award's collection. */
record SeedFile(Source source, Cycle cycle, List<SeedCity> cities, List<SeedInitiative> initiatives) {

    record Source(String document, String title) {
    }

    record Cycle(String code, String name, Integer year) {
    }

    record SeedCity(UUID id, String slug, String name, String country, Long population, String populationText,
            BigDecimal areaKm2, String areaText, BigDecimal densityPerKm2, String densityText,
            BigDecimal gdpPerCapitaUsd, String gdpPerCapitaText, String growthRate, String mainSourcesOfProsperity,
            List<String> dataQualityNotes) {
    }

    record SeedInitiative(UUID id, String slug, String title, String contentsTitle, UUID cityId, String cycle,
            String summary, Map<String, String> sections, String innovationType, List<String> themes,
            List<String> tags, List<Integer> sdgs, List<Partner> partners, Provenance provenance) {
    }
}

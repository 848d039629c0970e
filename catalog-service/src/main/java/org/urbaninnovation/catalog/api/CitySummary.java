package org.urbaninnovation.catalog.api;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.urbaninnovation.catalog.domain.City;
import org.urbaninnovation.commons.http.Columns;

/** A city as the list of cities shows it. */
public record CitySummary(UUID id, String slug, String name, String country, @Schema(nullable = true) Long population,
        @Schema(nullable = true) BigDecimal areaKm2, @Schema(nullable = true) BigDecimal densityPerKm2,
        @Schema(nullable = true) BigDecimal gdpPerCapitaUsd, long initiatives) {

    static CitySummary of(City c, long initiatives) {
        return new CitySummary(c.id, c.slug, c.name, c.country, c.population, c.areaKm2, c.densityPerKm2,
                c.gdpPerCapitaUsd, initiatives);
    }

    static final Columns<CitySummary> COLUMNS = new Columns<>(List.of("id", "slug", "name", "country", "population",
            "areaKm2", "densityPerKm2", "gdpPerCapitaUsd", "initiatives"),
            c -> Arrays.asList(c.id, c.slug, c.name, c.country, c.population, c.areaKm2, c.densityPerKm2,
                    c.gdpPerCapitaUsd, c.initiatives));
}

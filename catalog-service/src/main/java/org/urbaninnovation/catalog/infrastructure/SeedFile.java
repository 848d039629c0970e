package org.urbaninnovation.catalog.infrastructure;

import java.util.List;

import org.urbaninnovation.catalog.domain.CityDraft;
import org.urbaninnovation.catalog.domain.InitiativeDraft;

/** The shape of {@code seed/initiatives.json}, the catalogue extracted from the award's collection. */
record SeedFile(Source source, Cycle cycle, List<CityDraft> cities, List<InitiativeDraft> initiatives) {

    record Source(String document, String title) {
    }

    record Cycle(String code, String name, Integer year) {
    }
}

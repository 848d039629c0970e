package org.urbaninnovation.catalog.api;

import java.util.List;
import java.util.UUID;

import org.urbaninnovation.catalog.domain.Initiative;

/** An initiative as a list shows it. */
public record InitiativeSummary(UUID id, String slug, String title, CityRef city, String cycle,
        String innovationType, List<String> themes, List<Integer> sdgs) {

    static InitiativeSummary of(Initiative i) {
        return new InitiativeSummary(i.id, i.slug, i.title, CityRef.of(i.city), i.cycleCode, i.innovationType,
                List.of(i.themes), List.of(i.sdgs));
    }
}

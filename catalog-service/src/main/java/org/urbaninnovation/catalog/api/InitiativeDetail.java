package org.urbaninnovation.catalog.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.urbaninnovation.catalog.domain.Initiative;
import org.urbaninnovation.catalog.domain.Partner;
import org.urbaninnovation.catalog.domain.Provenance;

/** An initiative with every section of its published description. */
public record InitiativeDetail(UUID id, String slug, String title, String contentsTitle, CityRef city, String cycle,
        String summary, Map<String, String> sections, String innovationType, List<String> themes,
        List<String> tags, List<Integer> sdgs, List<Partner> partners, Provenance provenance, String status,
        OffsetDateTime publishedAt, OffsetDateTime updatedAt) {

    static InitiativeDetail of(Initiative i) {
        return new InitiativeDetail(i.id, i.slug, i.title, i.contentsTitle, CityRef.of(i.city), i.cycleCode,
                i.summary, i.sections, i.innovationType, List.of(i.themes), List.of(i.tags),
                List.of(i.sdgs), List.copyOf(i.partners), i.provenance, i.status, i.publishedAt, i.updatedAt);
    }
}

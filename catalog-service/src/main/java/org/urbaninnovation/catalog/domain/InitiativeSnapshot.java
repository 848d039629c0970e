package org.urbaninnovation.catalog.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The whole content of one version of an initiative, as kept in its history. */
public record InitiativeSnapshot(UUID id, String slug, String title, String contentsTitle, UUID cityId, String cycle,
        String summary, Map<String, String> sections, String innovationType, List<String> themes, List<String> tags,
        List<Integer> sdgs, List<Partner> partners, String status, long version) {

    static InitiativeSnapshot of(Initiative i) {
        return new InitiativeSnapshot(i.id, i.slug, i.title, i.contentsTitle, i.city.id, i.cycleCode, i.summary,
                i.sections, i.innovationType, List.of(i.themes), List.of(i.tags), List.of(i.sdgs), i.partners,
                i.status, i.version);
    }
}

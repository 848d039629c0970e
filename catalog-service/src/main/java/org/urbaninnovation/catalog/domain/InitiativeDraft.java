package org.urbaninnovation.catalog.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What an administrator writes about an initiative; the service turns it into a published one. */
public record InitiativeDraft(UUID id, String slug, String title, String contentsTitle, UUID cityId, String cycle,
        String summary, Map<String, String> sections, String innovationType, List<String> themes, List<String> tags,
        List<Integer> sdgs, List<Partner> partners, Provenance provenance) {

    /** The same content under the slug and with the provenance its publication from an award settled. */
    public InitiativeDraft awarded(String settledSlug, Provenance fromAward) {
        return new InitiativeDraft(id, settledSlug, title, contentsTitle, cityId, cycle, summary, sections, innovationType,
                themes, tags, sdgs, partners, fromAward);
    }
}

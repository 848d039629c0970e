package org.urbaninnovation.catalog.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.urbaninnovation.catalog.domain.Initiative;
import org.urbaninnovation.catalog.domain.Partner;
import org.urbaninnovation.catalog.domain.Provenance;

/** An initiative with every section of its published description. */
public record InitiativeDetail(UUID id, String slug, String title, @Schema(nullable = true) String contentsTitle,
        CityRef city, @Schema(nullable = true) String cycle, @Schema(nullable = true) String summary,
        Map<String, String> sections, @Schema(nullable = true) String innovationType, List<String> themes,
        List<String> tags, List<Integer> sdgs, List<PartnerDetail> partners,
        ProvenanceDetail provenance, String status, OffsetDateTime publishedAt,
        OffsetDateTime updatedAt) {

    public record PartnerDetail(String name, @Schema(nullable = true) String role) {

        static PartnerDetail of(Partner p) {
            return new PartnerDetail(p.name(), p.role());
        }
    }

    /** Null when an initiative was written without one; nullable as a type, since a nullable reference would be an anyOf. */
    @Schema(nullable = true)
    public record ProvenanceDetail(@Schema(nullable = true) String document, @Schema(nullable = true) Integer firstLine,
            @Schema(nullable = true) Integer lastLine,
            @Schema(nullable = true, description = "The award submission the initiative was published from, when it"
                    + " was (its cycle is the initiative's)") UUID submissionId) {

        static ProvenanceDetail of(Provenance p) {
            return p == null ? null : new ProvenanceDetail(p.document(), p.firstLine(), p.lastLine(), p.submissionId());
        }
    }

    static InitiativeDetail of(Initiative i) {
        return new InitiativeDetail(i.id, i.slug, i.title, i.contentsTitle, CityRef.of(i.city), i.cycleCode,
                i.summary, i.sections, i.innovationType, List.of(i.themes), List.of(i.tags),
                List.of(i.sdgs), i.partners.stream().map(PartnerDetail::of).toList(), ProvenanceDetail.of(i.provenance),
                i.status, i.publishedAt, i.updatedAt);
    }

    /** The same initiative as a list shows it. */
    InitiativeSummary asSummary() {
        return new InitiativeSummary(id, slug, title, city, cycle, innovationType, themes, sdgs, publishedAt, null, null);
    }
}

package org.urbaninnovation.catalog.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.urbaninnovation.catalog.domain.InitiativeDraft;
import org.urbaninnovation.catalog.domain.Partner;
import org.urbaninnovation.catalog.domain.Provenance;
import org.urbaninnovation.catalog.domain.Taxonomy;
import org.urbaninnovation.commons.validation.PlainText;

/** An initiative as an administrator creates or replaces it. */
public record InitiativeRequest(
        UUID id,
        @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lowercase words joined by hyphens") String slug,
        @NotBlank @Size(max = 300) @PlainText String title,
        @Size(max = 300) @PlainText String contentsTitle,
        @NotNull UUID cityId,
        @Size(max = 50) String cycle,
        @Size(max = 5_000) @PlainText String summary,
        @Size(max = 10) Map<
                @Pattern(regexp = "abstract|background|keyMeasures|innovativeAspects|implementation|outcomes|lessons|projectSchedule",
                        message = "must be one of abstract, background, keyMeasures, innovativeAspects, implementation, outcomes, lessons, projectSchedule") String,
                @NotBlank @Size(max = 30_000) @PlainText String> sections,
        @Pattern(regexp = Taxonomy.INNOVATION_TYPE_PATTERN,
                message = "must be one of evolutionary, revolutionary, incremental, evolutionary_and_revolutionary") String innovationType,
        @Size(max = 5) List<@NotNull @Pattern(regexp = Taxonomy.THEME_PATTERN,
                message = "must be one of social_cultural, economic, environmental, governance, technology") String> themes,
        @Size(max = 20) List<@NotBlank @Size(max = 60) @PlainText String> tags,
        @Size(max = 17) List<@NotNull @Min(value = 1, message = "must be an SDG from 1 to 17")
                @Max(value = 17, message = "must be an SDG from 1 to 17") Integer> sdgs,
        @Size(max = 50) List<@Valid @NotNull PartnerRequest> partners,
        @Valid ProvenanceRequest provenance) {

    public record PartnerRequest(@NotBlank @Size(max = 200) @PlainText String name, @Size(max = 500) @PlainText String role) {
    }

    public record ProvenanceRequest(@Size(max = 200) String document, @Min(1) Integer firstLine, @Min(1) Integer lastLine) {
    }

    InitiativeDraft toDraft() {
        return new InitiativeDraft(id, slug, title, contentsTitle, cityId, cycle, summary, sections, innovationType,
                themes, tags, sdgs,
                partners == null ? null : partners.stream().map(p -> new Partner(p.name(), p.role())).toList(),
                provenance == null ? null : new Provenance(provenance.document(), provenance.firstLine(), provenance.lastLine()));
    }
}

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

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.urbaninnovation.catalog.domain.InitiativeDraft;
import org.urbaninnovation.catalog.domain.Partner;
import org.urbaninnovation.catalog.domain.Provenance;
import org.urbaninnovation.catalog.domain.Slugs;
import org.urbaninnovation.catalog.domain.Taxonomy;
import org.urbaninnovation.commons.validation.PlainText;

/** An initiative as an administrator creates or replaces it; what is left out or null stays empty. */
public record InitiativeRequest(
        @Schema(description = "Chosen by the service when left out") UUID id,
        @Schema(nullable = true, description = "Made of the city's slug and the title when left out; kept by a replacement")
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lowercase words joined by hyphens") String slug,
        @NotBlank @Size(max = 300) @PlainText String title,
        @Schema(nullable = true) @Size(max = 300) @PlainText String contentsTitle,
        @NotNull UUID cityId,
        @Schema(nullable = true, description = "The code of a known award cycle") @Size(max = 50) String cycle,
        @Schema(nullable = true) @Size(max = 5_000) @PlainText String summary,
        // Declared again for the document: a nullable map's @Size does not reach it.
        @Schema(nullable = true, description = "Section name to its text", propertyNames = SectionName.class,
                maxProperties = MAX_SECTIONS)
        @Size(max = MAX_SECTIONS) Map<
                @Pattern(regexp = Taxonomy.SECTION_PATTERN,
                        message = "must be one of abstract, background, keyMeasures, innovativeAspects, implementation, outcomes, lessons, projectSchedule") String,
                @NotBlank @Size(max = 30_000) @PlainText String> sections,
        @Schema(nullable = true) @Pattern(regexp = Taxonomy.INNOVATION_TYPE_PATTERN,
                message = "must be one of evolutionary, revolutionary, incremental, evolutionary_and_revolutionary") String innovationType,
        @Schema(nullable = true) @Size(max = 5) List<@NotNull @Pattern(regexp = Taxonomy.THEME_PATTERN,
                message = "must be one of social_cultural, economic, environmental, governance, technology") String> themes,
        @Schema(nullable = true) @Size(max = 20) List<@NotBlank @Size(max = 60) @PlainText String> tags,
        @Schema(nullable = true) @Size(max = 17) List<@NotNull @Min(value = 1, message = "must be an SDG from 1 to 17")
                @Max(value = 17, message = "must be an SDG from 1 to 17") Integer> sdgs,
        @Schema(nullable = true) @Size(max = 50) List<@Valid @NotNull PartnerRequest> partners,
        @Valid ProvenanceRequest provenance) {

    static final int MAX_SECTIONS = 10;

    /** The example of the OpenAPI document, for a create and a replacement; {@code OpenApiExamplesTest} sends it. */
    static final String EXAMPLE = """
            {"title": "Sponge parks along the river", "cityId": "22222222-0000-4000-8000-000000000001",
             "cycle": "gz-award-6", "summary": "Riverside parks that soak up storm water and give it back slowly.",
             "sections": {"abstract": "Parks along the river hold storm water in planted basins.",
                          "outcomes": "The riverside districts flooded less often."},
             "innovationType": "incremental", "themes": ["environmental"], "tags": ["sponge city", "flood"],
             "sdgs": [6, 11], "partners": [{"name": "Water bureau", "role": "funding"}],
             "provenance": {"document": "sponge-parks.pdf", "firstLine": 1, "lastLine": 40}}""";

    /** The example of the OpenAPI document for an import; {@code OpenApiExamplesTest} sends it. */
    static final String IMPORT_EXAMPLE = """
            [{"title": "Shaded walking routes to markets", "cityId": "22222222-0000-4000-8000-000000000001",
              "summary": "Trees and awnings along the routes people walk to the markets.",
              "themes": ["environmental", "social_cultural"], "sdgs": [11]},
             {"title": "A seed library in every district", "cityId": "22222222-0000-4000-8000-000000000001",
              "sections": {"abstract": "Residents borrow seeds and bring back seeds of their harvest."},
              "innovationType": "evolutionary", "themes": ["environmental"]}]""";

    /** A key of {@code sections}, for the OpenAPI document. */
    @Schema(type = SchemaType.STRING, pattern = Taxonomy.SECTION_PATTERN)
    interface SectionName {
    }

    public record PartnerRequest(@NotBlank @Size(max = 200) @PlainText String name,
            @Schema(nullable = true) @Size(max = 500) @PlainText String role) {
    }

    /** Null when the draft gives none; nullable as a type, since a nullable reference would be an anyOf. */
    @Schema(nullable = true)
    public record ProvenanceRequest(@Schema(nullable = true) @Size(max = 200) @PlainText String document,
            @Schema(nullable = true) @Min(1) Integer firstLine, @Schema(nullable = true) @Min(1) Integer lastLine) {
    }

    InitiativeDraft toDraft() {
        return new InitiativeDraft(id, slug, title, contentsTitle, cityId, cycle, summary, sections, innovationType,
                themes, tags, sdgs,
                partners == null ? null : partners.stream().map(p -> new Partner(p.name(), p.role())).toList(),
                provenance == null ? null : new Provenance(provenance.document(), provenance.firstLine(), provenance.lastLine(), null));
    }
}

package org.urbaninnovation.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.urbaninnovation.gateway.domain.InitiativeProfile;

/** An initiative's profile as the API answers it: each part as its service represents it, null when missing. */
@Schema(name = "InitiativeProfile", description = "An initiative with its city, outcomes, observations and similar "
        + "initiatives, assembled by the gateway; a part whose service is unavailable is null and named in missing")
public record ProfileView(
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "GET /api/v1/initiatives/{idOrSlug} of the catalogue")
        Object initiative,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "GET /api/v1/cities/{id} of the catalogue")
        Object city,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "GET /api/v1/outcomes?initiative={id} of the metrics service (a page)")
        Object outcomes,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "GET /api/v1/observations?initiative={id} of the metrics service (a page)")
        Object observations,
        @Schema(type = SchemaType.ARRAY, nullable = true, description = "GET /api/v1/initiatives/{idOrSlug}/similar of the catalogue")
        Object similar,
        @Schema(description = "The parts that could not be had, because their service is unavailable",
                enumeration = { "initiative", "city", "outcomes", "observations", "similar" })
        List<String> missing) {

    static ProfileView of(InitiativeProfile profile) {
        return new ProfileView(profile.initiative(), profile.city(), profile.outcomes(), profile.observations(),
                profile.similar(), profile.missing());
    }
}

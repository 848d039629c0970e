package org.urbaninnovation.catalog.api;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.catalog.domain.InitiativeService;
import org.urbaninnovation.catalog.domain.Taxonomy;

@Path("/api/v1/themes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Themes", description = "The award's domains")
public class ThemeResource {

    public record Theme(String code, String name, long initiatives) {
    }

    public record Themes(List<Theme> items) {
    }

    private final InitiativeService service;

    public ThemeResource(InitiativeService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(summary = "The award's themes with the number of published initiatives in each")
    public Themes list() {
        Map<String, Long> counts = service.themeCounts();
        return new Themes(Taxonomy.THEMES.entrySet().stream()
                .map(theme -> new Theme(theme.getKey(), theme.getValue(), counts.getOrDefault(theme.getKey(), 0L)))
                .toList());
    }
}

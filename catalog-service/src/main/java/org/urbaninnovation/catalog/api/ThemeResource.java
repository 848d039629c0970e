package org.urbaninnovation.catalog.api;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.catalog.domain.InitiativeService;
import org.urbaninnovation.catalog.domain.Taxonomy;
import org.urbaninnovation.commons.http.Preconditions;

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
    @APIResponse(responseCode = "200", description = "The themes",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Themes.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public Response list(@HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 1000) String ifNoneMatch) {
        String etag = Preconditions.etag(service.themesVersion());
        if (Preconditions.matches(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        Map<String, Long> counts = service.themeCounts();
        return Response.ok(new Themes(Taxonomy.THEMES.entrySet().stream()
                .map(theme -> new Theme(theme.getKey(), theme.getValue(), counts.getOrDefault(theme.getKey(), 0L)))
                .toList())).header(HttpHeaders.ETAG, etag).build();
    }
}

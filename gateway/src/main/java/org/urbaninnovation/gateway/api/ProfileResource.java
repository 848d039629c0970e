package org.urbaninnovation.gateway.api;

import java.util.concurrent.CompletionException;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.gateway.domain.ProfileAssembly;

import io.smallrye.mutiny.Uni;

/**
 * The composite view of an initiative, answered by the gateway itself although its path lies
 * under the catalogue's prefix. Cached like its parts: public answers for as long as the shortest
 * of them (the metrics' 10 s), an ETag of the whole (If-None-Match gives a 304), and a partial
 * answer never kept.
 */
@Path("/api/v1/initiatives/{idOrSlug}/profile")
@Tag(name = "gateway")
public class ProfileResource {

    static final String PUBLIC = "public, max-age=10";

    private final ProfileAssembly assembly;

    public ProfileResource(ProfileAssembly assembly) {
        this.assembly = assembly;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An initiative with its city, outcomes, observations and similar initiatives, in one answer")
    @APIResponse(responseCode = "200", description = "The profile; parts whose service is unavailable are null and named in missing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileView.class)))
    public Uni<Response> profile(@PathParam("idOrSlug") @Size(max = 100) String idOrSlug,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return Uni.createFrom().completionStage(() -> assembly.profile(idOrSlug))
                .onFailure(CompletionException.class).transform(Throwable::getCause)
                .map(profile -> Response.ok(ProfileView.of(profile))
                        .header(HttpHeaders.CACHE_CONTROL, !profile.complete() ? "no-store"
                                : authorization == null ? PUBLIC : "private, no-cache")
                        .build());
    }
}

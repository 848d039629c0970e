package org.urbaninnovation.submissions.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.commons.http.Csv;
import org.urbaninnovation.commons.http.Format;
import org.urbaninnovation.commons.idempotency.IdempotentRequests;
import org.urbaninnovation.commons.paging.PageParams;
import org.urbaninnovation.submissions.domain.jury.Juror;
import org.urbaninnovation.submissions.domain.jury.JurorDraft;
import org.urbaninnovation.submissions.domain.jury.JuryService;

@Path("/api/v1/cycles/{cycleId}/jurors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jury", description = "Jurors, their assignments, conflicts of interest and reviews")
public class JurorResource {

    private final JuryService jury;
    private final IdempotentRequests idempotency;
    private final Callers callers;

    public JurorResource(JuryService jury, IdempotentRequests idempotency, Callers callers) {
        this.jury = jury;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The juror, registered in the cycle", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JurorView.class)))
    @Operation(summary = "Register a juror (admin): the subject of their token, their name and country (ISO code)")
    public Response register(@PathParam("cycleId") UUID cycleId,
            @Valid @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "juror", value = Examples.JUROR))) JurorDraft draft,
            @HeaderParam(IdempotentRequests.HEADER) @Size(min = 1, max = 255) @Parameter(description = "Makes a retried create harmless") String key,
            @Context UriInfo uri) {
        String actor = callers.subject();
        return idempotency.run(key, actor, "juror.register:" + cycleId, draft, () -> {
            Juror juror = jury.register(cycleId, draft, actor);
            return Response.created(uri.getRequestUriBuilder().path(juror.id().toString()).build())
                    .entity(JurorView.of(juror)).build();
        });
    }

    @GET
    @RolesAllowed("admin")
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "The cycle's jurors (admin); JSON or CSV")
    @APIResponse(responseCode = "200", description = "The list, as JSON or as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentedLists.JurorPage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    public Response list(@PathParam("cycleId") UUID cycleId, @Valid @BeanParam PageParams paging,
            @QueryParam("format") Format format, @Context HttpHeaders headers) {
        var page = Pages.of(jury.jurors(cycleId, Pages.request(paging)), paging, JurorView::of);
        return Response.ok(page.withColumns(JurorView.COLUMNS), Format.negotiate(format, headers)).build();
    }
}

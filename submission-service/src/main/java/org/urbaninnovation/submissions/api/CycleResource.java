package org.urbaninnovation.submissions.api;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.urbaninnovation.commons.http.Preconditions;
import org.urbaninnovation.commons.idempotency.IdempotentRequests;
import org.urbaninnovation.commons.paging.PageParams;
import org.urbaninnovation.submissions.domain.cycle.Cycle;
import org.urbaninnovation.submissions.domain.cycle.CycleService;
import org.urbaninnovation.submissions.domain.cycle.CycleSettings;
import org.urbaninnovation.submissions.domain.cycle.Phase;
import org.urbaninnovation.submissions.domain.deliberation.PublicationService;

@Path("/api/v1/cycles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cycles", description = "Award cycles: settings, criteria, deadline, phases, publication")
public class CycleResource {

    private final CycleService cycles;
    private final PublicationService publication;
    private final IdempotentRequests idempotency;
    private final MergePatch mergePatch;
    private final Callers callers;

    public CycleResource(CycleService cycles, PublicationService publication, IdempotentRequests idempotency,
            MergePatch mergePatch, Callers callers) {
        this.cycles = cycles;
        this.publication = publication;
        this.idempotency = idempotency;
        this.mergePatch = mergePatch;
        this.callers = callers;
    }

    @GET
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "Award cycles, latest first; JSON or CSV")
    @APIResponse(responseCode = "200", description = "The list, as JSON or as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentedLists.CyclePage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    public Response list(@Valid @BeanParam PageParams paging, @QueryParam("format") Format format,
            @Context HttpHeaders headers) {
        var page = Pages.of(cycles.list(Pages.request(paging)), paging, CycleView::of);
        return Response.ok(page.withColumns(CycleView.COLUMNS), Format.negotiate(format, headers)).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @APIResponse(responseCode = "200", description = "The cycle", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleView.class)))
    @Operation(summary = "One cycle: phase, deadline, criteria and weights, word limits; with its ETag")
    public Response get(@PathParam("id") UUID id) {
        return answer(Response.ok(), cycles.get(id));
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The cycle, created in draft with the award's defaults for what was not given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleView.class)))
    @Operation(summary = "Create a cycle (admin): number, name, deadline and time zone; repeat safely with the same Idempotency-Key")
    public Response create(
            @Valid @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "eighth", value = Examples.CYCLE))) CycleSettings settings,
            @HeaderParam(IdempotentRequests.HEADER) @Size(min = 1, max = 255) @Parameter(description = "Makes a retried create harmless") String key,
            @Context UriInfo uri) {
        String actor = callers.subject();
        return idempotency.run(key, actor, "cycle.create", settings, () -> {
            Cycle cycle = cycles.create(settings, actor);
            return answer(Response.created(location(uri, cycle.id())), cycle);
        });
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed("admin")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @APIResponse(responseCode = "200", description = "The cycle as changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleView.class)))
    @Operation(summary = "Change a draft cycle's settings (admin): a JSON merge patch, If-Match required")
    public Response edit(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = CycleSettings.class),
                    examples = @ExampleObject(name = "rename", value = Examples.CYCLE_PATCH))) String patch,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 1000) String ifMatch) throws IOException {
        var change = mergePatch.parse(patch, CycleSettings.class);
        return answer(Response.ok(), cycles.edit(id, Versions.required(ifMatch), change, callers.subject()));
    }

    @POST
    @Path("/{id}/phase")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The cycle in its new phase", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleView.class)))
    @Operation(summary = "Move the cycle to its next phase (admin, If-Match); a 409 names every unmet check",
            description = "draft → open → screening → review → deliberation → decided → published. No review while a submitted"
                    + " entry is unscreened or an eligible one has fewer jurors than its reviews; no deliberation before the"
                    + " reviews are filed; no decided without a decision on every eligible entry and the winners chosen.")
    public Response changePhase(@PathParam("id") UUID id,
            @Valid @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "open", value = Examples.PHASE))) Requests.PhaseRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 1000) String ifMatch) {
        Phase target = Phase.of(request.phase()).orElseThrow();
        String actor = callers.subject();
        Cycle cycle = target == Phase.PUBLISHED
                ? publication.publish(id, Versions.required(ifMatch), actor)
                : cycles.changePhase(id, target, Versions.required(ifMatch), actor);
        return answer(Response.ok(), cycle);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed("admin")
    @APIResponse(responseCode = "200", description = "The published cycle", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleView.class)))
    @Operation(summary = "Publish a decided cycle (admin): each winner and special mention is announced once",
            description = "Publishing a published cycle answers it as it is and announces nothing again. If-Match is optional.")
    public Response publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 1000) String ifMatch) {
        return answer(Response.ok(), publication.publish(id, Versions.optional(ifMatch), callers.subject()));
    }

    private static Response answer(Response.ResponseBuilder response, Cycle cycle) {
        return response.entity(CycleView.of(cycle)).header(HttpHeaders.ETAG, Preconditions.etag(cycle.version())).build();
    }

    private static URI location(UriInfo uri, UUID id) {
        return uri.getBaseUriBuilder().path("api/v1/cycles").path(id.toString()).build();
    }
}

package org.urbaninnovation.submissions.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.commons.idempotency.IdempotentRequests;
import org.urbaninnovation.submissions.domain.jury.AssignmentSummary;
import org.urbaninnovation.submissions.domain.jury.JuryService;

/** The secretariat assigns jurors to the eligible entries of a cycle, by hand or all at once. */
@Path("/api/v1/cycles/{cycleId}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jury")
public class CycleAssignmentResource {

    private final JuryService jury;
    private final IdempotentRequests idempotency;
    private final Callers callers;

    public CycleAssignmentResource(JuryService jury, IdempotentRequests idempotency, Callers callers) {
        this.jury = jury;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The assignment", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentView.class)))
    @Operation(summary = "Assign one juror to one eligible entry (admin, in screening or review)",
            description = "Refused (409) for a juror of the entry's city or country, or one assigned to it before or in conflict with it.")
    public Response assign(@PathParam("cycleId") UUID cycleId,
            @Valid @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "assignment", value = Examples.ASSIGNMENT))) Requests.AssignmentRequest request,
            @HeaderParam(IdempotentRequests.HEADER) @Size(min = 1, max = 255) @Parameter(description = "Makes a retried create harmless") String key,
            @Context UriInfo uri) {
        String actor = callers.subject();
        return idempotency.run(key, actor, "assignment.create:" + cycleId, request, () -> {
            AssignmentSummary created = jury.assign(cycleId, request.submissionId(), request.jurorId(), actor);
            return Response.created(uri.getBaseUriBuilder().path("api/v1/assignments").path(created.id().toString()).build())
                    .entity(AssignmentView.of(created)).build();
        });
    }

    @POST
    @Path("/auto")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give every eligible entry its jurors, balanced (admin, in screening or review); dryRun=true only plans",
            description = "k jurors per entry (perSubmission, by default the cycle's reviews per submission), never one of the"
                    + " entry's city or country, never one who declared a conflict with it; entries already assigned keep their"
                    + " jurors and get only what they miss.")
    public AutoAssignmentView autoAssign(@PathParam("cycleId") UUID cycleId,
            @QueryParam("dryRun") @DefaultValue("false") @Pattern(regexp = Params.BOOLEAN_PATTERN, message = "must be true or false") String dryRun,
            @Valid @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "three each", value = Examples.AUTO_ASSIGNMENT))) Requests.AutoAssignRequest request) {
        return AutoAssignmentView.of(jury.autoAssign(cycleId, request.perSubmission(), Boolean.parseBoolean(dryRun),
                callers.subject()));
    }
}

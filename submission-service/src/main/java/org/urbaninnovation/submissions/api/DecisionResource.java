package org.urbaninnovation.submissions.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.commons.idempotency.IdempotentRequests;
import org.urbaninnovation.submissions.domain.deliberation.DecisionDraft;
import org.urbaninnovation.submissions.domain.deliberation.DeliberationService;

@Path("/api/v1/cycles/{cycleId}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliberation")
public class DecisionResource {

    private final DeliberationService deliberation;
    private final IdempotentRequests idempotency;
    private final Callers callers;

    public DecisionResource(DeliberationService deliberation, IdempotentRequests idempotency, Callers callers) {
        this.deliberation = deliberation;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The decision; an earlier one on the same entry is superseded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class)))
    @Operation(summary = "Record the jury's decision on an eligible entry (admin, in deliberation)",
            description = "shortlisted, winner, special_mention or not_selected, with a rationale; at most the cycle's number of"
                    + " winners, and a shortlist (winners and special mentions included) of at most its shortlist size.")
    public Response decide(@PathParam("cycleId") UUID cycleId,
            @Valid @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "winner", value = Examples.DECISION))) DecisionDraft draft,
            @HeaderParam(IdempotentRequests.HEADER) @Size(min = 1, max = 255) @Parameter(description = "Makes a retried create harmless") String key) {
        String actor = callers.subject();
        return idempotency.run(key, actor, "decision.create:" + cycleId, draft, () -> Response.status(Response.Status.CREATED)
                .entity(DecisionView.of(deliberation.decide(cycleId, draft, actor))).build());
    }
}

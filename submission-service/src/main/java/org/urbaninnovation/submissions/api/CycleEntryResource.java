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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.urbaninnovation.commons.http.Preconditions;
import org.urbaninnovation.commons.idempotency.IdempotentRequests;
import org.urbaninnovation.submissions.domain.common.Caller;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent;
import org.urbaninnovation.submissions.domain.submission.SubmissionRead;
import org.urbaninnovation.submissions.domain.submission.SubmissionService;

/** A city starts an entry in a cycle open for entries. */
@Path("/api/v1/cycles/{cycleId}/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
public class CycleEntryResource {

    private final SubmissionService submissions;
    private final IdempotentRequests idempotency;
    private final Callers callers;

    public CycleEntryResource(SubmissionService submissions, IdempotentRequests idempotency, Callers callers) {
        this.submissions = submissions;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @POST
    @RolesAllowed("city")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The draft, with word counts against the cycle's limits",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @Operation(summary = "Start a draft for your own city (city); only a title is needed; repeat safely with the same Idempotency-Key")
    public Response create(@PathParam("cycleId") UUID cycleId,
            @Valid @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "draft", value = Examples.SUBMISSION))) SubmissionContent content,
            @HeaderParam(IdempotentRequests.HEADER) @Size(min = 1, max = 255) @Parameter(description = "Makes a retried create harmless") String key,
            @Context UriInfo uri) {
        Caller city = callers.city();
        return idempotency.run(key, city.subject(), "submission.create:" + cycleId, content, () -> {
            SubmissionRead created = submissions.createDraft(cycleId, city, content);
            return Response.created(uri.getBaseUriBuilder().path("api/v1/submissions").path(created.submission().id().toString()).build())
                    .header(HttpHeaders.ETAG, Preconditions.etag(created.submission().version()))
                    .entity(SubmissionView.of(created)).build();
        });
    }
}

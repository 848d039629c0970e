package org.urbaninnovation.submissions.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.commons.http.Csv;
import org.urbaninnovation.commons.http.Format;
import org.urbaninnovation.commons.http.Preconditions;
import org.urbaninnovation.commons.paging.PageParams;
import org.urbaninnovation.submissions.domain.jury.AssignmentFilter;
import org.urbaninnovation.submissions.domain.jury.AssignmentStatus;
import org.urbaninnovation.submissions.domain.jury.JuryService;
import org.urbaninnovation.submissions.domain.review.ReviewDraft;
import org.urbaninnovation.submissions.domain.review.ReviewRead;
import org.urbaninnovation.submissions.domain.review.ReviewService;

/** A juror's assignments, their conflicts of interest and their reviews. */
@Path("/api/v1/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jury")
public class AssignmentResource {

    private final JuryService jury;
    private final ReviewService reviews;
    private final Callers callers;

    public AssignmentResource(JuryService jury, ReviewService reviews, Callers callers) {
        this.jury = jury;
        this.reviews = reviews;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({ "admin", "jury" })
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "Assignments (jury: their own; admin: all), with where each review stands; JSON or CSV")
    @APIResponse(responseCode = "200", description = "The list, as JSON or as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentedLists.AssignmentPage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    public Response list(@QueryParam("cycle") @Pattern(regexp = Params.UUID_PATTERN, message = Params.UUID_MESSAGE) String cycle,
            @QueryParam("submission") @Pattern(regexp = Params.UUID_PATTERN, message = Params.UUID_MESSAGE) String submission,
            @QueryParam("juror") @Pattern(regexp = Params.UUID_PATTERN, message = Params.UUID_MESSAGE) String juror,
            @QueryParam("status") @Pattern(regexp = AssignmentStatus.PATTERN, message = "must be active or conflicted") String status,
            @Valid @BeanParam PageParams paging, @QueryParam("format") Format format, @Context HttpHeaders headers) {
        AssignmentFilter filter = new AssignmentFilter(Params.uuid(cycle), Params.uuid(submission), Params.uuid(juror),
                status == null ? null : AssignmentStatus.of(status).orElseThrow(), null);
        var page = Pages.of(jury.assignments(callers.current(), filter, Pages.request(paging)), paging, AssignmentView::of);
        return Response.ok(page.withColumns(AssignmentView.COLUMNS), Format.negotiate(format, headers)).build();
    }

    @POST
    @Path("/{id}/conflict")
    @RolesAllowed("jury")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare a conflict of interest with the assigned entry (the assigned juror); the secretariat reassigns")
    public AssignmentView declareConflict(@PathParam("id") UUID id,
            @Valid @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "adviser", value = Examples.CONFLICT))) Requests.ConflictRequest request) {
        return AssignmentView.of(jury.declareConflict(id, callers.current(), request.reason()));
    }

    @GET
    @Path("/{id}/review")
    @RolesAllowed("jury")
    @APIResponse(responseCode = "200", description = "The review", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    @Operation(summary = "Your review of this assignment, with every saved version and its ETag (not_started until first saved)")
    public Response review(@PathParam("id") UUID id) {
        return answer(reviews.get(id, callers.current()));
    }

    @PUT
    @Path("/{id}/review")
    @RolesAllowed("jury")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The review", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    @Operation(summary = "Save your scores and comment (the assigned juror, in review; If-Match: \"0\" for the first save)",
            description = "A draft may leave criteria unscored; every save, also after filing, is kept in the review's history.")
    public Response save(@PathParam("id") UUID id,
            @Valid @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "scores", value = Examples.REVIEW))) ReviewDraft draft,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 1000) String ifMatch) {
        return answer(reviews.save(id, callers.current(), Versions.required(ifMatch), draft));
    }

    @POST
    @Path("/{id}/review/file")
    @RolesAllowed("jury")
    @APIResponse(responseCode = "200", description = "The review", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    @Operation(summary = "File your review (the assigned juror, in review): every criterion scored and a comment, else 422")
    public Response file(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 1000) String ifMatch) {
        return answer(reviews.file(id, callers.current(), Versions.optional(ifMatch)));
    }

    private static Response answer(ReviewRead read) {
        return Response.ok(ReviewView.of(read)).header(HttpHeaders.ETAG, Preconditions.etag(read.version())).build();
    }
}

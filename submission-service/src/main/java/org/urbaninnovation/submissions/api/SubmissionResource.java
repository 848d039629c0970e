package org.urbaninnovation.submissions.api;

import java.io.IOException;
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
import org.urbaninnovation.submissions.domain.review.ReviewService;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent;
import org.urbaninnovation.submissions.domain.submission.SubmissionFilter;
import org.urbaninnovation.submissions.domain.submission.SubmissionRead;
import org.urbaninnovation.submissions.domain.submission.SubmissionService;
import org.urbaninnovation.submissions.domain.submission.SubmissionStatus;

/**
 * Entries: a city's own, a juror's assigned ones from the review phase on, all of them for the
 * secretariat. Any other entry answers 404, so ids tell nothing.
 */
@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions", description = "Cities' entries: drafts, autosave, submission, screening, extensions")
public class SubmissionResource {

    private final SubmissionService submissions;
    private final ReviewService reviews;
    private final MergePatch mergePatch;
    private final Callers callers;

    public SubmissionResource(SubmissionService submissions, ReviewService reviews, MergePatch mergePatch, Callers callers) {
        this.submissions = submissions;
        this.reviews = reviews;
        this.mergePatch = mergePatch;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({ "admin", "city", "jury" })
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "Entries the caller may see (city: its own; jury: assigned, from review on; admin: all); JSON or CSV")
    @APIResponse(responseCode = "200", description = "The list, as JSON or as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentedLists.SubmissionPage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    public Response list(@QueryParam("cycle") @Pattern(regexp = Params.UUID_PATTERN, message = Params.UUID_MESSAGE) String cycle,
            @QueryParam("status") @Pattern(regexp = SubmissionStatus.PATTERN, message = SubmissionStatus.MESSAGE) String status,
            @Valid @BeanParam PageParams paging, @QueryParam("format") Format format, @Context HttpHeaders headers) {
        SubmissionFilter filter = new SubmissionFilter(Params.uuid(cycle),
                status == null ? null : SubmissionStatus.of(status).orElseThrow(), null, null);
        var page = Pages.of(submissions.list(callers.current(), filter, Pages.request(paging)), paging, SubmissionSummaryView::of);
        return Response.ok(page.withColumns(SubmissionSummaryView.COLUMNS), Format.negotiate(format, headers)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "admin", "city", "jury" })
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @Operation(summary = "One entry with its word counts and ETag (owner city; assigned juror from review on; admin)")
    public Response get(@PathParam("id") UUID id) {
        return answer(submissions.get(id, callers.current()));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed("city")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @Operation(summary = "Autosave a draft (owner city): a JSON merge patch of the content, If-Match required",
            description = "RFC 7396: members replace, null removes, objects merge, arrays replace. The answer carries the word"
                    + " counts against the cycle's limits.")
    public Response edit(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = SubmissionContent.class),
                    examples = @ExampleObject(name = "autosave", value = Examples.SUBMISSION_PATCH))) String patch,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 1000) String ifMatch) throws IOException {
        var change = mergePatch.parse(patch, SubmissionContent.class);
        return answer(submissions.edit(id, callers.city(), Versions.required(ifMatch), change));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed("city")
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @Operation(summary = "Submit the draft (owner city): 422 naming each gap; 409 after the deadline unless extended",
            description = "If-Match is optional: when sent, only that version is submitted.")
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 1000) String ifMatch) {
        return answer(submissions.submit(id, callers.city(), Versions.optional(ifMatch)));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed("city")
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @Operation(summary = "Withdraw the entry (owner city), while the cycle is open or in screening")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 1000) String ifMatch) {
        return answer(submissions.withdraw(id, callers.city(), Versions.optional(ifMatch)));
    }

    @POST
    @Path("/{id}/screening")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @Operation(summary = "Screen a submitted entry (admin, in screening): eligible or not, and why")
    public Response screen(@PathParam("id") UUID id,
            @Valid @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "eligible", value = Examples.SCREENING))) Requests.ScreeningRequest request) {
        return answer(submissions.screen(id, request.eligible(), request.reason(), callers.subject()));
    }

    @POST
    @Path("/{id}/extension")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @Operation(summary = "Let one draft be submitted after the deadline (admin, while the cycle is open)")
    public Response extend(@PathParam("id") UUID id,
            @Valid @NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "a week", value = Examples.EXTENSION))) Requests.ExtensionRequest request) {
        return answer(submissions.grantExtension(id, request.until(), request.reason(), callers.subject()));
    }

    @GET
    @Path("/{id}/reviews")
    @RolesAllowed({ "admin", "jury" })
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "An entry's reviews (admin: all; an assigned juror: the filed ones, once their own is filed); JSON or CSV")
    @APIResponse(responseCode = "200", description = "The list, as JSON or as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentedLists.ReviewListPage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    public Response reviews(@PathParam("id") UUID id, @Valid @BeanParam PageParams paging, @QueryParam("format") Format format,
            @Context HttpHeaders headers) {
        var page = Pages.of(reviews.ofSubmission(id, callers.current(), Pages.request(paging)), paging, ReviewListView::of);
        return Response.ok(page.withColumns(ReviewListView.COLUMNS), Format.negotiate(format, headers)).build();
    }

    private static Response answer(SubmissionRead read) {
        return Response.ok(SubmissionView.of(read)).header(HttpHeaders.ETAG, Preconditions.etag(read.submission().version()))
                .build();
    }
}

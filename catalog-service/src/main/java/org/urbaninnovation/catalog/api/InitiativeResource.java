package org.urbaninnovation.catalog.api;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.catalog.domain.Initiative;
import org.urbaninnovation.catalog.domain.InitiativeService;
import org.urbaninnovation.commons.http.Csv;
import org.urbaninnovation.commons.http.Format;
import org.urbaninnovation.commons.http.Preconditions;
import org.urbaninnovation.commons.idempotency.IdempotentRequests;
import org.urbaninnovation.commons.paging.PageParams;

import com.fasterxml.jackson.databind.ObjectMapper;

@Path("/api/v1/initiatives")
@Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
@Tag(name = "Initiatives", description = "The catalogue of award-winning initiatives")
public class InitiativeResource {

    public record ImportResult(int imported, List<UUID> ids) {
    }

    private final InitiativeService service;
    private final IdempotentRequests idempotency;
    private final JsonWebToken caller;
    private final ObjectMapper mapper;

    public InitiativeResource(InitiativeService service, IdempotentRequests idempotency, JsonWebToken caller,
            ObjectMapper mapper) {
        this.service = service;
        this.idempotency = idempotency;
        this.caller = caller;
        this.mapper = mapper;
    }

    @GET
    @PermitAll
    @Operation(summary = "Search and list published initiatives",
            description = "Full-text search (`q`: words are ANDed, \"quoted phrase\", prefix*), filters, sort, facets; "
                    + "JSON or CSV (`format=csv` or `Accept: text/csv`; a CSV page says where it is in the list by "
                    + "`X-Total-Count` and `Link`).")
    @APIResponse(responseCode = "200", description = "A page of results and the facets of the whole result", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchResponse.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    public Response search(@Valid @BeanParam SearchParams params, @Valid @BeanParam PageParams paging,
            @QueryParam("format") Format format, @Context HttpHeaders headers) {
        SearchResponse page = SearchResponse.of(service.search(params.toCriteria(paging)), paging.page(), paging.size());
        return Response.ok(page, Format.negotiate(format, headers)).build();
    }

    @GET
    @Path("/{idOrSlug}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One published initiative by its id or slug, with an ETag for conditional requests")
    @APIResponse(responseCode = "200", description = "The initiative",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = InitiativeDetail.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("idOrSlug") @Size(max = 100) String idOrSlug,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 1000) String ifNoneMatch) {
        if (ifNoneMatch != null) {
            // From the version alone: a client that has the current representation costs no loading or serializing.
            Optional<String> etag = service.publishedVersion(idOrSlug).map(Preconditions::etag);
            if (etag.isPresent() && Preconditions.matches(ifNoneMatch, etag.get())) {
                return Response.notModified().header(HttpHeaders.ETAG, etag.get()).build();
            }
        }
        Initiative initiative = service.getPublished(idOrSlug);
        return Response.ok(InitiativeDetail.of(initiative))
                .header(HttpHeaders.ETAG, Preconditions.etag(initiative.currentVersion())).build();
    }

    @GET
    @Path("/{idOrSlug}/similar")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Published initiatives that share most terms and themes with this one")
    public List<InitiativeSummary> similar(@PathParam("idOrSlug") @Size(max = 100) String idOrSlug,
            @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(20) int limit) {
        return service.similar(idOrSlug, limit).stream().map(InitiativeSummary::of).toList();
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a new initiative (admin); repeat safely with the same Idempotency-Key")
    @APIResponse(responseCode = "201", description = "Published; Location names it and ETag is its version",
            headers = { @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(schema = @Schema(implementation = InitiativeDetail.class)))
    public Response create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "an initiative", value = InitiativeRequest.EXAMPLE)))
            @Valid @NotNull InitiativeRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, caller.getSubject(), "initiative.create", request, () -> {
            Initiative created = service.create(request.toDraft(), caller.getSubject());
            return Response.created(location(uri, created.id))
                    .header(HttpHeaders.ETAG, Preconditions.etag(created.currentVersion()))
                    .entity(InitiativeDetail.of(created)).build();
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an initiative (admin); If-Match with the ETag you read is required")
    @APIResponse(responseCode = "200", description = "Replaced; ETag is its new version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = InitiativeDetail.class)))
    public Response update(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "an initiative", value = InitiativeRequest.EXAMPLE)))
            @Valid @NotNull InitiativeRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch) {
        Initiative updated = service.update(id, request.toDraft(), IfMatch.expected(ifMatch, () -> service.get(id)),
                caller.getSubject());
        return Response.ok(InitiativeDetail.of(updated))
                .header(HttpHeaders.ETAG, Preconditions.etag(updated.currentVersion())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Withdraw an initiative (admin): gone from public reads, kept with its history")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdraw(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch) {
        service.withdraw(id, IfMatch.expected(ifMatch, () -> service.get(id)), caller.getSubject());
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed("admin")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every version of an initiative, withdrawn ones included (admin)")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return service.history(id).stream().map(revision -> HistoryEntry.of(revision, mapper)).toList();
    }

    @POST
    @Path("/import")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish many initiatives at once (admin): all or nothing, problems named by index")
    @APIResponse(responseCode = "201", description = "All published",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    public Response importAll(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "two initiatives", value = InitiativeRequest.IMPORT_EXAMPLE)))
            @NotEmpty @Size(max = 1000) List<@Valid @NotNull InitiativeRequest> requests,
            @HeaderParam(IdempotentRequests.HEADER) String key) {
        return idempotency.run(key, caller.getSubject(), "initiative.import", requests, () -> {
            List<Initiative> created = service.importAll(requests.stream().map(InitiativeRequest::toDraft).toList(),
                    caller.getSubject());
            return Response.status(Response.Status.CREATED)
                    .entity(new ImportResult(created.size(), created.stream().map(i -> i.id).toList())).build();
        });
    }

    @GET
    @Path("/export")
    @RolesAllowed("admin")
    @Operation(summary = "Every initiative, withdrawn ones included, as JSON or CSV (admin)")
    @APIResponse(responseCode = "200", description = "Every initiative, as a download", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = InitiativeDetail.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    public Response export(@QueryParam("format") Format format, @Context HttpHeaders headers) {
        MediaType type = Format.negotiate(format, headers);
        InitiativeExport export = new InitiativeExport(service.exportAll().stream().map(InitiativeDetail::of).toList());
        return Response.ok(export, type)
                .header("Content-Disposition", "attachment; filename=\"initiatives." + type.getSubtype() + "\"").build();
    }

    private static URI location(UriInfo uri, UUID id) {
        return uri.getBaseUriBuilder().path("api/v1/initiatives").path(id.toString()).build();
    }
}

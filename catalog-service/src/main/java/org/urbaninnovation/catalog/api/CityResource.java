package org.urbaninnovation.catalog.api;

import java.util.List;
import java.util.Optional;
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
import org.urbaninnovation.catalog.domain.City;
import org.urbaninnovation.catalog.domain.CityService;
import org.urbaninnovation.commons.http.Csv;
import org.urbaninnovation.commons.http.Format;
import org.urbaninnovation.commons.http.Preconditions;
import org.urbaninnovation.commons.idempotency.IdempotentRequests;
import org.urbaninnovation.commons.paging.Page;
import org.urbaninnovation.commons.paging.PageParams;

@Path("/api/v1/cities")
@Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
@Tag(name = "Cities", description = "Cities of the catalogue and their basic data as printed")
public class CityResource {

    /** A page of cities as JSON, for the OpenAPI document, which cannot name a {@link Page} of {@link CitySummary}. */
    record CityList(List<CitySummary> items, int page, int size, long total) {
    }

    private final CityService service;
    private final IdempotentRequests idempotency;
    private final JsonWebToken caller;

    public CityResource(CityService service, IdempotentRequests idempotency, JsonWebToken caller) {
        this.service = service;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "Cities by name, with their number of published initiatives; JSON or CSV")
    @APIResponse(responseCode = "200", description = "A page of cities", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CityList.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    public Response list(@Valid @BeanParam PageParams paging, @QueryParam("format") Format format,
            @Context HttpHeaders headers) {
        CityService.CityPage found = service.list(paging.page(), paging.size());
        Page<CitySummary> page = Page.of(found.cities().stream()
                .map(c -> CitySummary.of(c, found.initiativeCounts().getOrDefault(c.id, 0L))).toList(), paging,
                found.total());
        return Response.ok(page.withColumns(CitySummary.COLUMNS), Format.negotiate(format, headers)).build();
    }

    @GET
    @Path("/{idOrSlug}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One city by id or slug, with its published initiatives")
    @APIResponse(responseCode = "200", description = "The city",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CityDetail.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("idOrSlug") @Size(max = 100) String idOrSlug,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 1000) String ifNoneMatch) {
        if (ifNoneMatch != null) {
            // From the versions alone: a client that has the current representation costs one small query.
            Optional<String> etag = service.currentVersion(idOrSlug).map(Preconditions::etag);
            if (etag.isPresent() && Preconditions.matches(ifNoneMatch, etag.get())) {
                return Response.notModified().header(HttpHeaders.ETAG, etag.get()).build();
            }
        }
        return withInitiatives(service.get(idOrSlug)).build();
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a city (admin); repeat safely with the same Idempotency-Key")
    @APIResponse(responseCode = "201", description = "Added; Location names it and ETag is its version",
            headers = { @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(schema = @Schema(implementation = CityDetail.class)))
    public Response create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "a city", value = CityRequest.EXAMPLE)))
            @Valid @NotNull CityRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, caller.getSubject(), "city.create", request, () -> {
            City city = service.create(request.toDraft());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/cities").path(city.id.toString()).build())
                    .header(HttpHeaders.ETAG, Preconditions.etag(service.currentVersion(city)))
                    .entity(CityDetail.of(city, List.of())).build();
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a city's data (admin); If-Match with the ETag you read is required")
    @APIResponse(responseCode = "200", description = "Replaced; ETag is its new version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CityDetail.class)))
    public Response update(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "a city", value = CityRequest.EXAMPLE)))
            @Valid @NotNull CityRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true) String ifMatch) {
        City city = service.update(id, request.toDraft(), IfMatch.expected(ifMatch, () -> service.get(id)));
        return withInitiatives(city).build();
    }

    /** A city's representation lists its published initiatives; its ETag covers them. */
    private Response.ResponseBuilder withInitiatives(City city) {
        List<InitiativeSummary> initiatives = service.publishedInitiatives(city).stream().map(InitiativeSummary::of).toList();
        CityDetail detail = CityDetail.of(city, initiatives);
        return Response.ok(detail).header(HttpHeaders.ETAG, Preconditions.etag(service.currentVersion(city)));
    }
}

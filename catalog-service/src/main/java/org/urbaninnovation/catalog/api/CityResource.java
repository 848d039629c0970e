package org.urbaninnovation.catalog.api;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.catalog.domain.City;
import org.urbaninnovation.catalog.domain.CityService;
import org.urbaninnovation.commons.http.Csv;
import org.urbaninnovation.commons.http.Format;
import org.urbaninnovation.commons.idempotency.IdempotentRequests;
import org.urbaninnovation.commons.paging.Page;
import org.urbaninnovation.commons.paging.PageParams;

@Path("/api/v1/cities")
@Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
@Tag(name = "Cities", description = "Cities of the catalogue and their basic data as printed")
public class CityResource {

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
    public Response list(@Valid @BeanParam PageParams paging, @QueryParam("format") Format format,
            @Context HttpHeaders headers) {
        CityService.CityPage found = service.list(paging.page(), paging.size());
        Page<CitySummary> page = Page.of(found.cities().stream()
                .map(c -> CitySummary.of(c, found.initiativeCounts().getOrDefault(c.id, 0L))).toList(), paging, found.total());
        return Response.ok(page.withColumns(CitySummary.COLUMNS), Format.negotiate(format, headers)).build();
    }

    @GET
    @Path("/{idOrSlug}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One city by id or slug, with its published initiatives")
    public Response get(@PathParam("idOrSlug") @Size(max = 100) String idOrSlug) {
        City city = service.get(idOrSlug);
        CityDetail detail = CityDetail.of(city, service.publishedInitiatives(city).stream().map(InitiativeSummary::of).toList());
        return Response.ok(detail).header(HttpHeaders.ETAG, service.etag(city)).build();
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add a city (admin); repeat safely with the same Idempotency-Key")
    public Response create(@Valid @NotNull CityRequest request, @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.run(key, caller.getSubject(), "city.create", request, () -> {
            City city = service.create(request.toDraft());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/cities").path(city.id.toString()).build())
                    .header(HttpHeaders.ETAG, service.etag(city))
                    .entity(CityDetail.of(city, java.util.List.of())).build();
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Replace a city's data (admin); If-Match with the ETag you read is required")
    public Response update(@PathParam("id") UUID id, @Valid @NotNull CityRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        City city = service.update(id, request.toDraft(), ifMatch);
        return Response.ok(CityDetail.of(city, service.publishedInitiatives(city).stream().map(InitiativeSummary::of).toList()))
                .header(HttpHeaders.ETAG, service.etag(city)).build();
    }
}

package org.urbaninnovation.catalog.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.catalog.domain.Initiative;
import org.urbaninnovation.catalog.domain.InitiativeService;
import org.urbaninnovation.catalog.domain.SearchCriteria;
import org.urbaninnovation.catalog.persistence.InitiativeSearch;
import org.urbaninnovation.commons.http.Csv;
import org.urbaninnovation.commons.idempotency.IdempotentRequests;
import org.urbaninnovation.commons.paging.PageParams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

@Path("/api/v1/initiatives")
@Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
@Tag(name = "Initiatives", description = "The catalogue of award-winning initiatives")
public class InitiativeResource {

    public record Revision(long version, String status, String changedBy, java.time.OffsetDateTime changedAt, JsonNode snapshot) {
    }

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
                    + "JSON or CSV (`format=csv` or `Accept: text/csv`).")
    public Response search(@Valid @BeanParam SearchParams params, @Valid @BeanParam PageParams paging,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        SearchCriteria criteria = params.toCriteria(paging);
        SearchResponse page = params.searchesNothing()
                ? new SearchResponse(List.of(), paging.page(), paging.size(), 0, true, Map.of())
                : toResponse(service.search(criteria), paging);
        return Csv.respond(params.format, headers, uri, page, InitiativeSummary.CSV_HEADER,
                () -> page.items().stream().map(InitiativeSummary::csvRow).toList());
    }

    @GET
    @Path("/{idOrSlug}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One published initiative by its id or slug, with an ETag for conditional requests")
    public Response get(@PathParam("idOrSlug") @Size(max = 100) String idOrSlug) {
        Initiative initiative = service.getPublished(idOrSlug);
        return Response.ok(InitiativeDetail.of(initiative)).header(HttpHeaders.ETAG, initiative.etag()).build();
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
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Publish a new initiative (admin); repeat safely with the same Idempotency-Key")
    public Response create(@Valid @NotNull InitiativeRequest request,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Makes a retried create harmless") String key,
            @Context UriInfo uri) {
        return idempotency.run(key, caller.getSubject(), "initiative.create", request, () -> {
            Initiative created = service.create(request.toDraft(), caller.getSubject());
            return Response.created(location(uri, created.id)).header(HttpHeaders.ETAG, created.etag())
                    .entity(InitiativeDetail.of(created)).build();
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Replace an initiative (admin); If-Match with the ETag you read is required")
    public Response update(@PathParam("id") UUID id, @Valid @NotNull InitiativeRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Initiative updated = service.update(id, request.toDraft(), ifMatch, caller.getSubject());
        return Response.ok(InitiativeDetail.of(updated)).header(HttpHeaders.ETAG, updated.etag()).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Withdraw an initiative (admin): gone from public reads, kept with its history")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.withdraw(id, ifMatch, caller.getSubject());
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed("admin")
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Every version of an initiative, withdrawn ones included (admin)")
    public List<Revision> history(@PathParam("id") UUID id) {
        return service.history(id).stream().map(r -> new Revision(r.version(), r.status(), r.changedBy(), r.changedAt(),
                readTree(r.snapshot()))).toList();
    }

    @POST
    @Path("/import")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Publish many initiatives at once (admin): all or nothing, problems named by index")
    public Response importAll(@Valid @NotEmpty @Size(max = 1000) List<@Valid @NotNull InitiativeRequest> requests,
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
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Every initiative, withdrawn ones included, as JSON or CSV (admin)")
    public Response export(@QueryParam("format") @Pattern(regexp = "json|csv", message = "must be json or csv") String format,
            @Context HttpHeaders headers) {
        List<Initiative> all = service.exportAll();
        if (Csv.requested(format, headers)) {
            List<String> header = new java.util.ArrayList<>(InitiativeSummary.CSV_HEADER);
            header.add("status");
            return Response.ok(Csv.of(header, all.stream().map(i -> {
                List<Object> row = new java.util.ArrayList<>(InitiativeSummary.of(i).csvRow());
                row.add(i.status);
                return row;
            }).toList()), Csv.MEDIA_TYPE_UTF8).header("Content-Disposition", "attachment; filename=\"initiatives.csv\"").build();
        }
        return Response.ok(all.stream().map(InitiativeDetail::of).toList(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static SearchResponse toResponse(InitiativeSearch.Result outcome, PageParams paging) {
        List<InitiativeSummary> items = outcome.hits().stream().map(InitiativeSummary::of).toList();
        Map<String, List<SearchResponse.FacetValue>> facets = new LinkedHashMap<>();
        for (String facet : List.of("theme", "city", "country", "sdg", "innovationType", "cycle")) {
            facets.put(facet, outcome.facets().stream().filter(f -> f.facet().equals(facet))
                    .sorted(java.util.Comparator.comparingLong(InitiativeSearch.FacetCount::count).reversed()
                            .thenComparing(InitiativeSearch.FacetCount::value))
                    .map(f -> new SearchResponse.FacetValue(f.value(), f.count())).toList());
        }
        return new SearchResponse(items, paging.page(), paging.size(), outcome.total(), outcome.totalExact(), facets);
    }

    private static URI location(UriInfo uri, UUID id) {
        return uri.getBaseUriBuilder().path("api/v1/initiatives").path(id.toString()).build();
    }

    private JsonNode readTree(String json) {
        try {
            return mapper.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

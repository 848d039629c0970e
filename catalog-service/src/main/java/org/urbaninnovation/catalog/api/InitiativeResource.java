package org.urbaninnovation.catalog.api;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.catalog.domain.InitiativeService;
import org.urbaninnovation.commons.paging.Page;
import org.urbaninnovation.commons.paging.PageParams;

@Path("/api/v1/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Initiatives", description = "The public catalogue of award-winning initiatives")
public class InitiativeResource {

    private final InitiativeService service;

    public InitiativeResource(InitiativeService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List published initiatives, by title")
    public Page<InitiativeSummary> list(@Valid @BeanParam PageParams paging) {
        return Page.of(service.listPublished(paging.page(), paging.size()).stream().map(InitiativeSummary::of).toList(),
                paging, service.countPublished());
    }

    @GET
    @Path("/{idOrSlug}")
    @Operation(summary = "One published initiative by its id or slug")
    public InitiativeDetail get(@PathParam("idOrSlug") String idOrSlug) {
        return InitiativeDetail.of(service.getPublished(idOrSlug));
    }
}

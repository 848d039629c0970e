package org.urbaninnovation.gateway.infrastructure.clients;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/** The catalogue's public reads the profile is made of; representations are passed on as the catalogue wrote them. */
@RegisterClientHeaders
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogClient {

    @GET
    @Path("/initiatives/{idOrSlug}")
    Uni<JsonNode> initiative(@PathParam("idOrSlug") String idOrSlug);

    @GET
    @Path("/cities/{id}")
    Uni<JsonNode> city(@PathParam("id") String id);

    @GET
    @Path("/initiatives/{idOrSlug}/similar")
    Uni<JsonNode> similar(@PathParam("idOrSlug") String idOrSlug, @QueryParam("limit") int limit);
}

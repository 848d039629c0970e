package org.urbaninnovation.gateway.infrastructure.clients;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/** The metrics service's reads of one initiative's figures (a page of up to 100: the largest initiative has 33). */
@RegisterClientHeaders
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface MetricsClient {

    @GET
    @Path("/outcomes")
    Uni<JsonNode> outcomes(@QueryParam("initiative") String initiativeId, @QueryParam("size") int size);

    @GET
    @Path("/observations")
    Uni<JsonNode> observations(@QueryParam("initiative") String initiativeId, @QueryParam("size") int size);
}

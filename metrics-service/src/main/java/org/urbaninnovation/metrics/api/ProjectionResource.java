package org.urbaninnovation.metrics.api;

import java.util.function.IntSupplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.commons.problem.ProblemException;
import org.urbaninnovation.commons.problem.ProblemType;
import org.urbaninnovation.metrics.domain.CatalogFeed;
import org.urbaninnovation.metrics.domain.ObservationIngest;

/** Operations on what this service derives: not routed by the gateway. */
@Path("/internal/v1")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectionResource {

    /** The answer of a poll or replay: events applied and where the projection stands. */
    public record PollResult(int applied, ProjectionStatus status) {
    }

    private final CatalogFeed feed;
    private final ObservationIngest ingest;

    public ProjectionResource(CatalogFeed feed, ObservationIngest ingest) {
        this.feed = feed;
        this.ingest = ingest;
    }

    @GET
    @Path("/projection")
    @RolesAllowed({ "admin", "service" })
    @Operation(summary = "Where the catalogue projection stands: cursor, last catch-up, lag, last error")
    public ProjectionStatus status() {
        return ProjectionStatus.of(feed.status());
    }

    @POST
    @Path("/projection/poll")
    @RolesAllowed("admin")
    @Operation(summary = "Read the catalogue feed now, up to its end (admin)")
    public PollResult poll() {
        return feedCall(feed::pollToEnd);
    }

    @POST
    @Path("/projection/replay")
    @RolesAllowed("admin")
    @Operation(summary = "Rebuild the catalogue projection from the first event (admin)")
    public PollResult replay() {
        return feedCall(feed::replay);
    }

    private PollResult feedCall(IntSupplier call) {
        try {
            return new PollResult(call.getAsInt(), ProjectionStatus.of(feed.status()));
        } catch (RuntimeException e) {
            throw new ProblemException(ProblemType.BAD_GATEWAY,
                    "Reading the catalogue feed failed: " + feed.status().lastError());
        }
    }

    @POST
    @Path("/rollup/rebuild")
    @RolesAllowed("admin")
    @Operation(summary = "Recompute the aggregate rollup and the outcome pairs from every observation (admin; after a"
            + " bulk load into the database)")
    @APIResponse(responseCode = "204", description = "Rebuilt; answers of public reads computed before are dropped")
    public void rebuildRollup() {
        ingest.rebuildDerived();
    }
}

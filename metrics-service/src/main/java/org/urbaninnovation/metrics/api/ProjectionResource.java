package org.urbaninnovation.metrics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.commons.problem.ProblemException;
import org.urbaninnovation.commons.problem.ProblemType;
import org.urbaninnovation.metrics.domain.AnswerCache;
import org.urbaninnovation.metrics.infrastructure.CatalogFeedPoller;
import org.urbaninnovation.metrics.persistence.ObservationStore;

/** Operations on what this service derives: not routed by the gateway. */
@Path("/internal/v1")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class ProjectionResource {

    /** The answer of a poll or replay: events applied and where the cursor stands. */
    public record PollResult(int applied, CatalogFeedPoller.Status status) {
    }

    private final CatalogFeedPoller poller;
    private final ObservationStore store;
    private final AnswerCache cache;

    public ProjectionResource(CatalogFeedPoller poller, ObservationStore store, AnswerCache cache) {
        this.poller = poller;
        this.store = store;
        this.cache = cache;
    }

    @GET
    @Path("/projection")
    @RolesAllowed({ "admin", "service" })
    @Operation(summary = "Where the catalogue projection stands: cursor, last catch-up, lag, last error")
    public CatalogFeedPoller.Status status() {
        return poller.status();
    }

    @POST
    @Path("/projection/poll")
    @RolesAllowed("admin")
    @Operation(summary = "Read the catalogue feed now, up to its end (admin)")
    public PollResult poll() {
        return feedCall(poller::pollToEnd);
    }

    @POST
    @Path("/projection/replay")
    @RolesAllowed("admin")
    @Operation(summary = "Rebuild the catalogue projection from the first event (admin)")
    public PollResult replay() {
        return feedCall(poller::replay);
    }

    private PollResult feedCall(java.util.function.IntSupplier call) {
        try {
            return new PollResult(call.getAsInt(), poller.status());
        } catch (RuntimeException e) {
            throw new ProblemException(ProblemType.BAD_GATEWAY,
                    "Reading the catalogue feed failed: " + poller.status().lastError());
        }
    }

    @POST
    @Path("/rollup/rebuild")
    @RolesAllowed("admin")
    @Operation(summary = "Recompute the aggregate rollup from every observation (admin; after a bulk load into the database)")
    public void rebuildRollup() {
        store.rebuildRollup();
        cache.invalidateAfterCommit();
    }
}

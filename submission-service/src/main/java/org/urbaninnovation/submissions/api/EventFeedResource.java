package org.urbaninnovation.submissions.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.urbaninnovation.commons.outbox.EventPage;
import org.urbaninnovation.commons.outbox.Outbox;

/** The award's outbox as an ordered feed for other services (not routed by the gateway). */
@Path("/internal/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Submission lifecycle events, decisions and awards, for consumers inside the platform")
public class EventFeedResource {

    private final Outbox outbox;

    public EventFeedResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @GET
    @RolesAllowed("service")
    @Operation(summary = "Events after a sequence number, in order; send lastSeq back as after",
            description = "submission.submitted, submission.withdrawn, decision.recorded and initiative.awarded (one per winner"
                    + " and special mention when a cycle is published).")
    public EventPage events(@QueryParam("after") @DefaultValue("0") @Min(0) @Max(Long.MAX_VALUE) long after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return outbox.after(after, limit);
    }
}

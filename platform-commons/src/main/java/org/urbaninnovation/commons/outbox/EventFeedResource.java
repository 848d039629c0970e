package org.urbaninnovation.commons.outbox;

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

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * A producer's outbox as an ordered feed for the services that consume it (role {@code service};
 * not routed by the gateway). A service that publishes events turns it on with the build property
 * {@code platform.outbox.feed=true}; its consumers page with {@code after=<lastSeq>}.
 */
@Path("/internal/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "The service's events in the order they committed, for consumers inside the platform")
@IfBuildProperty(name = "platform.outbox.feed", stringValue = "true")
public class EventFeedResource {

    private final Outbox outbox;

    public EventFeedResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @GET
    @RolesAllowed("service")
    @Operation(summary = "Events after a sequence number, in order; send lastSeq back as after",
            description = "Each event is its envelope (seq, id, type, aggregateType, aggregateId, occurredAt, schemaVersion)"
                    + " and its payload; the README lists each service's event types.")
    public EventPage events(@QueryParam("after") @DefaultValue("0") @Min(0) @Max(Long.MAX_VALUE) long after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return outbox.after(after, limit);
    }
}

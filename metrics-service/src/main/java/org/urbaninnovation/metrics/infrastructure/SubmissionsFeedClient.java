package org.urbaninnovation.metrics.infrastructure;

import java.time.temporal.ChronoUnit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.urbaninnovation.commons.outbox.EventPage;

/** The award's ordered event feed (role {@code service}). */
@RegisterRestClient(configKey = "submissions-feed")
@Path("/internal/v1/events")
public interface SubmissionsFeedClient {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    EventPage after(@QueryParam("after") long after, @QueryParam("limit") int limit,
            @HeaderParam("Authorization") String authorization);
}

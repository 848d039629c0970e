package org.urbaninnovation.commons.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Builds JAX-RS responses that carry a problem document. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** A 500 that names a reference to find the logged cause by, and nothing of the cause itself. */
    public static Response internal(Throwable cause, String instance) {
        String reference = java.util.UUID.randomUUID().toString();
        org.jboss.logging.Logger.getLogger(ProblemResponses.class)
                .errorf(cause, "Unexpected error %s on %s", reference, instance);
        return of(Problem.of(ProblemType.INTERNAL,
                "An unexpected error occurred; quote reference " + reference + " when reporting it.", instance));
    }

    public static Response unauthorized(String instance) {
        return Response.status(401)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(Problem.of(ProblemType.UNAUTHORIZED,
                        "A valid bearer token is required: send 'Authorization: Bearer <JWT>'.", instance))
                .build();
    }
}

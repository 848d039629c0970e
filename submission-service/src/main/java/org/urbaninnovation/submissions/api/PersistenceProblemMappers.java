package org.urbaninnovation.submissions.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.urbaninnovation.commons.problem.Problem;
import org.urbaninnovation.commons.problem.ProblemResponses;
import org.urbaninnovation.commons.problem.ProblemType;

/**
 * Two writers who passed the If-Match check at the same moment: the database's version check lets
 * one commit and refuses the other, which gets the same 412 as a stale If-Match. Two creates that
 * passed a uniqueness check at the same moment: the database's constraint refuses the second (409).
 */
public class PersistenceProblemMappers {

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response concurrentEdit(RuntimeException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(ProblemType.PRECONDITION_FAILED,
                "Someone else changed this resource while your change was being saved; GET it again and reapply your change.",
                path(uri)));
    }

    @ServerExceptionMapper(org.hibernate.exception.ConstraintViolationException.class)
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (!"23505".equals(e.getSQLState())) {
            return ProblemResponses.internal(e, path(uri));
        }
        return ProblemResponses.of(Problem.of(ProblemType.CONFLICT,
                "Another request created the same thing at the same time; read it, or retry with other values.", path(uri)));
    }

    private static String path(UriInfo uri) {
        return "/" + uri.getPath().replaceFirst("^/", "");
    }
}

package org.urbaninnovation.catalog.api;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.urbaninnovation.commons.problem.Problem;
import org.urbaninnovation.commons.problem.ProblemResponses;
import org.urbaninnovation.commons.problem.ProblemType;

/**
 * Two editors who passed the If-Match check at the same moment: the database's version check
 * lets one commit and refuses the other, which gets the same 412 as a stale If-Match.
 */
public class PersistenceProblemMappers {

    /** Two requests that passed the uniqueness check at the same moment: the database refuses the second. */
    @ServerExceptionMapper({ org.hibernate.exception.ConstraintViolationException.class, EntityExistsException.class })
    public Response duplicate(RuntimeException e, UriInfo uri) {
        String path = "/" + uri.getPath().replaceFirst("^/", "");
        if (e instanceof org.hibernate.exception.ConstraintViolationException violation
                && !"23505".equals(violation.getSQLState())) {
            return ProblemResponses.internal(e, path);
        }
        return ProblemResponses.of(Problem.of(ProblemType.CONFLICT,
                "Another request created the same resource (same id or slug) at the same time; read it, or retry with other values.",
                path));
    }

    @ServerExceptionMapper
    public Response concurrentEdit(OptimisticLockException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(ProblemType.PRECONDITION_FAILED,
                "Someone else changed this resource while your change was being saved; GET it again and reapply your change.",
                "/" + uri.getPath().replaceFirst("^/", "")));
    }
}

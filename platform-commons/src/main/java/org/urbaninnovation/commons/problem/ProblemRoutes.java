package org.urbaninnovation.commons.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem documents for what fails before the REST layer sees the request: a token rejected by
 * proactive authentication, an HTTP permission denied, a path that no route serves.
 */
@ApplicationScoped
public class ProblemRoutes {

    private final long maxBodySize;

    public ProblemRoutes(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::rejectOversizedBody);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::securityFailure);
        router.route().last().handler(this::notFound);
    }

    private void securityFailure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            write(ctx, Problem.of(ProblemType.UNAUTHORIZED,
                    "A valid bearer token is required: send 'Authorization: Bearer <JWT>'.", ctx.request().path()));
        } else if (failure instanceof ForbiddenException) {
            write(ctx, Problem.of(ProblemType.FORBIDDEN, "Your role does not allow this operation.",
                    ctx.request().path()));
        } else if (ctx.statusCode() == 400 && (failure == null || failure instanceof IllegalArgumentException)) {
            // Vert.x itself refuses a URI it cannot decode (a stray '%' in the query) before any route runs.
            write(ctx, Problem.of(ProblemType.BAD_REQUEST, "The request's URI is not valid percent-encoded UTF-8"
                    + (failure == null || failure.getMessage() == null ? "." : " (" + failure.getMessage() + ")."), rawPath(ctx)));
        } else {
            ctx.next();
        }
    }

    private static String rawPath(RoutingContext ctx) {
        String uri = ctx.request().uri();
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }

    /** Declared too large: refused before a byte of it is read, with a problem instead of a bare 413. */
    private void rejectOversizedBody(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBodySize) {
            ctx.response().putHeader("Connection", "close");
            write(ctx, Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "The request body of " + length
                    + " bytes exceeds the limit of " + maxBodySize + " bytes.", ctx.request().path()));
            return;
        }
        ctx.next();
    }

    private void notFound(RoutingContext ctx) {
        write(ctx, Problem.of(ProblemType.NOT_FOUND, "Nothing is found at " + ctx.request().path() + ".",
                ctx.request().path()));
    }

    public static void write(RoutingContext ctx, Problem problem) {
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}

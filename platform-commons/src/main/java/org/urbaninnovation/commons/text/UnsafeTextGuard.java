package org.urbaninnovation.commons.text;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.commons.problem.Problem;
import org.urbaninnovation.commons.problem.ProblemRoutes;
import org.urbaninnovation.commons.problem.ProblemType;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, before any route runs, a request whose path, query parameters or headers hold text that
 * {@link SafeText} refuses: one 400 naming the part, for every endpoint of every service, instead
 * of a check per parameter (or a 500 when PostgreSQL meets a NUL). JSON bodies are checked where
 * they are read ({@link SafeTextModule}).
 */
@ApplicationScoped
public class UnsafeTextGuard {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String uri = ctx.request().uri();
        int query = uri.indexOf('?');
        String rawPath = query < 0 ? uri : uri.substring(0, query);
        Violation violation = pathViolation(rawPath);
        if (violation == null && query >= 0) {
            violation = queryViolation(uri.substring(query + 1));
        }
        if (violation == null) {
            violation = headerViolation(ctx);
        }
        if (violation != null) {
            ProblemRoutes.write(ctx, Problem.of(ProblemType.VALIDATION, violation.field() + " " + violation.message(),
                    rawPath, List.of(violation)));
            return;
        }
        ctx.next();
    }

    static Violation pathViolation(String rawPath) {
        SafeText.Decoded path = SafeText.decode(rawPath, false);
        if (path.refused()) {
            return new Violation("path", path.refusal());
        }
        return path.text().indexOf('\n') >= 0 || path.text().indexOf('\r') >= 0
                ? new Violation("path", SafeText.CONTROL) : null;
    }

    static Violation queryViolation(String rawQuery) {
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            SafeText.Decoded name = SafeText.decode(equals < 0 ? pair : pair.substring(0, equals), true);
            if (name.refused()) {
                return new Violation("query", "parameter name " + name.refusal());
            }
            if (equals >= 0) {
                SafeText.Decoded value = SafeText.decode(pair.substring(equals + 1), true);
                if (value.refused()) {
                    return new Violation(name.text(), value.refusal());
                }
            }
        }
        return null;
    }

    private static Violation headerViolation(RoutingContext ctx) {
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            if (SafeText.problem(header.getValue()).isPresent() || header.getValue().indexOf('\n') >= 0
                    || header.getValue().indexOf('\r') >= 0) {
                return new Violation(header.getKey(), SafeText.CONTROL);
            }
        }
        return null;
    }
}

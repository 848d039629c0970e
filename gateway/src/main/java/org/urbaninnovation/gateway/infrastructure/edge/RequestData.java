package org.urbaninnovation.gateway.infrastructure.edge;

import org.urbaninnovation.commons.problem.Problem;
import org.urbaninnovation.commons.problem.ProblemRoutes;
import org.urbaninnovation.commons.problem.ProblemType;
import org.urbaninnovation.gateway.domain.Caller;
import org.urbaninnovation.gateway.domain.Route;

import io.vertx.ext.web.RoutingContext;

/** What the gateway's handlers learn about a request and leave for the ones after them (and for the access log). */
public final class RequestData {

    private static final String CALLER = "gateway.caller";
    private static final String ROUTE = "gateway.route";
    private static final String REQUEST_ID = "gateway.request-id";

    private RequestData() {
    }

    public static Caller caller(RoutingContext ctx) {
        return ctx.get(CALLER);
    }

    public static void caller(RoutingContext ctx, Caller caller) {
        ctx.put(CALLER, caller);
    }

    public static Route route(RoutingContext ctx) {
        return ctx.get(ROUTE);
    }

    public static void route(RoutingContext ctx, Route route) {
        ctx.put(ROUTE, route);
    }

    public static String requestId(RoutingContext ctx) {
        return ctx.get(REQUEST_ID);
    }

    static void requestId(RoutingContext ctx, String id) {
        ctx.put(REQUEST_ID, id);
    }

    /** Answers with a problem document, unless an answer has already begun (then only the connection can be dropped). */
    public static void problem(RoutingContext ctx, ProblemType type, String detail) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        ProblemRoutes.write(ctx, Problem.of(type, detail, ctx.request().path()));
    }
}

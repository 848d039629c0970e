package org.urbaninnovation.gateway.infrastructure.proxy;

import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.urbaninnovation.commons.problem.ProblemType;
import org.urbaninnovation.gateway.config.GatewayConfig;
import org.urbaninnovation.gateway.domain.Route;
import org.urbaninnovation.gateway.domain.RouteTable;
import org.urbaninnovation.gateway.infrastructure.edge.RequestData;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Forwards each request whose path a service owns to that service, without rewriting the path:
 * every service serves its own resources under {@code /api/v1/...}. Anything else (the gateway's
 * own resources, its {@code /q/} endpoints, unknown paths) goes on to the next route.
 */
@ApplicationScoped
public class ServiceProxy {

    /** After the edge (request id, headers) and the token check, before the REST resources. */
    public static final int ORDER = -1_000;

    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);

    private final RouteTable table;
    private final Upstreams upstreams;
    private final ForwardedHeaders forwarded;
    private final long maxBody;

    public ServiceProxy(RouteTable table, Upstreams upstreams, GatewayConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "1M") MemorySize maxBody) {
        this.table = table;
        this.upstreams = upstreams;
        this.forwarded = new ForwardedHeaders(config.publicBaseUrl());
        this.maxBody = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::forward);
        for (Route route : table.routes()) {
            LOG.infof("Routing %s to %s (%s)", route.prefix(), route.service(), upstreams.named(route.service()).instances()
                    .stream().map(instance -> instance.base).collect(Collectors.joining(", ")));
        }
    }

    private void forward(RoutingContext ctx) {
        Optional<Route> match = table.route(ctx.normalizedPath());
        if (match.isEmpty()) {
            ctx.next();
            return;
        }
        Route route = match.get();
        RequestData.route(ctx, route);
        if (RequestData.caller(ctx) == null && route.needsToken(ctx.request().method().name())) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            RequestData.problem(ctx, ProblemType.UNAUTHORIZED,
                    "A valid bearer token is required: send 'Authorization: Bearer <JWT>'.");
            return;
        }
        new Exchange(ctx, Vertx.currentContext(), upstreams.named(route.service()), forwarded, maxBody).start();
    }
}

package org.urbaninnovation.commons.http;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.urbaninnovation.commons.problem.Problem;
import org.urbaninnovation.commons.problem.ProblemRoutes;
import org.urbaninnovation.commons.problem.ProblemType;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * At most {@code platform.http.max-in-flight} requests in progress: one more is refused at once
 * with a 503 problem and {@code Retry-After}, so that an overload costs the refused clients a retry
 * instead of costing every client a latency that grows without bound. Health, metrics and the API
 * document are never refused (probes must see the service). 0 turns the guard off (the gateway,
 * which only waits on its upstreams, has limits of its own). The Quarkus load-shedding extension
 * would do this adaptively, but it is experimental and answers with a bare 503.
 */
@ApplicationScoped
public class OverloadGuard {

    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Counter refused;

    public OverloadGuard(@ConfigProperty(name = "platform.http.max-in-flight", defaultValue = "0") int maxInFlight,
            MeterRegistry registry) {
        this.maxInFlight = maxInFlight;
        this.refused = Counter.builder("http_requests_refused_overload").description("Requests refused with a 503: too many in progress")
                .register(registry);
        Gauge.builder("http_requests_in_flight", inFlight, AtomicInteger::get).register(registry);
    }

    void install(@Observes Router router) {
        if (maxInFlight > 0) {
            router.route().order(Integer.MIN_VALUE + 2).handler(this::admit);
        }
    }

    private void admit(RoutingContext ctx) {
        if (ctx.request().path().startsWith("/q/")) {
            ctx.next();
            return;
        }
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            refused.increment();
            ctx.response().putHeader("Retry-After", "1");
            ProblemRoutes.write(ctx, Problem.of(ProblemType.SERVICE_UNAVAILABLE, "The service is at capacity (" + maxInFlight
                    + " requests in progress); retry in a second.", ctx.request().path()));
            return;
        }
        ctx.addEndHandler(ended -> inFlight.decrementAndGet());
        ctx.next();
    }
}

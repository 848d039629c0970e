package org.urbaninnovation.gateway.infrastructure.edge;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.urbaninnovation.gateway.config.GatewayConfig;
import org.urbaninnovation.gateway.domain.Caller;
import org.urbaninnovation.gateway.domain.Route;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.RoutingContext;

/**
 * One line per request (method, path, status, latency, upstream, request id, subject), as text or
 * as a JSON object (production), under the logger {@code gateway.access}; and the timer
 * {@code gateway.requests} per route, upstream and status class. Health probes and metric scrapes
 * are timed by nobody and logged by nobody: they would drown the requests that matter.
 */
@ApplicationScoped
public class AccessLog {

    private static final Logger LOG = Logger.getLogger("gateway.access");
    private static final String[] STATUS_CLASSES = { "1xx", "2xx", "3xx", "4xx", "5xx" };

    private final boolean json;
    private final MeterRegistry registry;
    private final Map<String, Timer[]> timers = new ConcurrentHashMap<>();

    public AccessLog(GatewayConfig config, MeterRegistry registry) {
        this.json = "json".equalsIgnoreCase(config.accessLog().format());
        this.registry = registry;
    }

    void record(RoutingContext ctx, long startedNanos, boolean completed) {
        String path = ctx.normalizedPath();
        if (path.startsWith("/q/health") || path.startsWith("/q/metrics")) {
            return;
        }
        long nanos = System.nanoTime() - startedNanos;
        int status = ctx.response().getStatusCode();
        Route route = RequestData.route(ctx);
        String upstream = route == null ? "gateway" : route.service();
        timer(route == null ? (path.startsWith("/api/") || path.startsWith("/auth/") ? "gateway" : "other") : route.prefix(),
                upstream, status).record(nanos, TimeUnit.NANOSECONDS);
        if (!LOG.isInfoEnabled()) {
            return;
        }
        Caller caller = RequestData.caller(ctx);
        String subject = caller == null ? "-" : caller.subject();
        String method = ctx.request().method().name();
        String ms = Long.toString(nanos / 1_000_000) + "." + (char) ('0' + (nanos / 100_000) % 10);
        String outcome = completed ? "" : " client-left";
        if (json) {
            LOG.info("{\"time\":\"" + Instant.now() + "\",\"method\":\"" + method + "\",\"path\":\"" + escape(path)
                    + "\",\"status\":" + status + ",\"ms\":" + ms + ",\"upstream\":\"" + upstream + "\",\"requestId\":\""
                    + RequestData.requestId(ctx) + "\",\"subject\":\"" + escape(subject) + "\"" + (completed ? "" : ",\"clientLeft\":true")
                    + "}");
        } else {
            LOG.info(method + " " + path + " " + status + " " + ms + " ms " + upstream + " " + RequestData.requestId(ctx) + " "
                    + subject + outcome);
        }
    }

    private Timer timer(String route, String upstream, int status) {
        Timer[] byClass = timers.computeIfAbsent(route, r -> new Timer[STATUS_CLASSES.length]);
        int index = Math.max(0, Math.min(STATUS_CLASSES.length - 1, status / 100 - 1));
        Timer timer = byClass[index];
        if (timer == null) {
            timer = Timer.builder("gateway.requests").description("Requests through the gateway, by route and upstream")
                    .tags("route", route, "upstream", upstream, "status", STATUS_CLASSES[index]).register(registry);
            byClass[index] = timer;
        }
        return timer;
    }

    private static String escape(String text) {
        if (text.indexOf('"') < 0 && text.indexOf('\\') < 0) {
            return text;
        }
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}

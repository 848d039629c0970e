package org.urbaninnovation.gateway.infrastructure.edge;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.urbaninnovation.commons.problem.ProblemType;
import org.urbaninnovation.gateway.config.GatewayConfig;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The first handler of every request: its request id (the client's, when it sent a sane one, else
 * a new one; forwarded to the service and returned), CORS for the configured origins (preflights
 * answered here), the security headers of every answer whoever produced it, and one access-log
 * line with its timer when it ends.
 */
@ApplicationScoped
public class Edge {

    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final CharSequence REQUEST_ID = HttpHeaders.createOptimized("X-Request-Id");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence CONTENT_TYPE_OPTIONS = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence REFERRER_POLICY = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence CSP = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence HSTS = HttpHeaders.createOptimized("Strict-Transport-Security");
    private static final String EXPOSED = "ETag, Location, Link, X-Total-Count, X-Request-Id, Retry-After, RateLimit-Limit, "
            + "RateLimit-Remaining, RateLimit-Reset, Idempotency-Replayed";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, If-Match, If-None-Match, "
            + "Idempotency-Key, X-Request-Id, traceparent, tracestate";

    private final AccessLog accessLog;
    private final Set<String> origins;
    private final String maxAge;
    private final CharSequence csp;
    private final CharSequence swaggerUiCsp;
    private final CharSequence referrerPolicy;
    private final CharSequence hsts;

    public Edge(AccessLog accessLog, GatewayConfig config) {
        this.accessLog = accessLog;
        this.origins = Set.copyOf(config.cors().origins().orElse(java.util.List.of()));
        this.maxAge = Long.toString(config.cors().maxAge().toSeconds());
        GatewayConfig.Headers headers = config.headers();
        this.csp = HttpHeaders.createOptimized(headers.contentSecurityPolicy());
        this.swaggerUiCsp = HttpHeaders.createOptimized(headers.swaggerUiContentSecurityPolicy());
        this.referrerPolicy = HttpHeaders.createOptimized(headers.referrerPolicy());
        this.hsts = HttpHeaders.createOptimized(headers.strictTransportSecurity());
    }

    /** First of all routes: before the platform's own guards, so that their answers carry an id and the headers too. */
    void install(@Observes @Priority(1) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        long started = System.nanoTime();
        HttpServerRequest request = ctx.request();
        String id = request.getHeader(REQUEST_ID);
        if (id == null || !SANE_ID.matcher(id).matches()) {
            id = newId();
        }
        RequestData.requestId(ctx, id);
        String origin = origins.isEmpty() ? null : request.getHeader("Origin");
        boolean allowedOrigin = origin != null && origins.contains(origin);
        String requestId = id;
        ctx.addHeadersEndHandler(end -> headers(ctx, requestId, allowedOrigin ? origin : null));
        ctx.addEndHandler(end -> accessLog.record(ctx, started, end.succeeded()));
        if (origin != null && request.method() == HttpMethod.OPTIONS && request.getHeader("Access-Control-Request-Method") != null) {
            preflight(ctx, origin, allowedOrigin);
            return;
        }
        ctx.next();
    }

    private void headers(RoutingContext ctx, String requestId, String allowedOrigin) {
        MultiMap headers = ctx.response().headers();
        headers.set(REQUEST_ID, requestId);
        headers.set(CONTENT_TYPE_OPTIONS, NOSNIFF);
        headers.set(REFERRER_POLICY, referrerPolicy);
        headers.set(CSP, ctx.normalizedPath().startsWith("/q/swagger-ui") ? swaggerUiCsp : csp);
        if (ctx.request().isSSL() || "https".equals(ctx.request().scheme())) {
            headers.set(HSTS, hsts);
        }
        if (!origins.isEmpty()) {
            headers.add("Vary", "Origin");
            if (allowedOrigin != null) {
                headers.set("Access-Control-Allow-Origin", allowedOrigin);
                headers.set("Access-Control-Expose-Headers", EXPOSED);
            }
        }
    }

    private void preflight(RoutingContext ctx, String origin, boolean allowed) {
        if (!allowed) {
            RequestData.problem(ctx, ProblemType.FORBIDDEN, "The origin " + origin + " is not allowed to call this API from a browser.");
            return;
        }
        ctx.response().setStatusCode(204)
                .putHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS")
                .putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                .putHeader("Access-Control-Max-Age", maxAge)
                .end();
    }

    /** 128 random bits in hex: unique enough to find a request by, and cheaper than a UUID's SecureRandom. */
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
    }
}

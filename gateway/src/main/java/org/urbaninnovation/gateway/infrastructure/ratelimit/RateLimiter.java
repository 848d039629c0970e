package org.urbaninnovation.gateway.infrastructure.ratelimit;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.urbaninnovation.commons.problem.ProblemType;
import org.urbaninnovation.gateway.config.GatewayConfig;
import org.urbaninnovation.gateway.domain.Caller;
import org.urbaninnovation.gateway.domain.RequestClass;
import org.urbaninnovation.gateway.infrastructure.edge.RequestData;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A token bucket per caller and class of request (reads, writes, sign-ins): the caller is the
 * verified token's subject, else the client's address. Every limited answer says where the
 * caller stands ({@code RateLimit-Limit}, {@code -Remaining}, {@code -Reset} in seconds); an
 * exhausted bucket is a 429 problem with {@code Retry-After}. The buckets live in this replica's
 * memory: with N replicas behind a round-robin balancer a caller gets up to N times the limit
 * (the limits are set per replica with that in mind); a shared store (Bucket4j's JCache, Redis or
 * PostgreSQL back ends) would make them global at the cost of a round trip per request.
 */
@ApplicationScoped
public class RateLimiter {

    /** After the token check (the subject is known), before the proxy and the gateway's own resources. */
    public static final int ORDER = -1_100;

    private record Limit(long capacity, Duration period, String limitHeader) {
    }

    private final boolean enabled;
    private final Map<RequestClass, Limit> limits = new EnumMap<>(RequestClass.class);
    private final Map<RequestClass, Cache<String, Bucket>> buckets = new EnumMap<>(RequestClass.class);

    public RateLimiter(GatewayConfig config) {
        GatewayConfig.RateLimits settings = config.rateLimits();
        this.enabled = settings.enabled();
        limits.put(RequestClass.READS, limit(settings.reads(), settings.period()));
        limits.put(RequestClass.WRITES, limit(settings.writes(), settings.period()));
        limits.put(RequestClass.SIGN_INS, limit(settings.signIns(), settings.period()));
        for (RequestClass kind : RequestClass.values()) {
            buckets.put(kind, Caffeine.newBuilder().maximumSize(settings.trackedCallers())
                    .expireAfterAccess(settings.period().multipliedBy(2)).build());
        }
    }

    private static Limit limit(long capacity, Duration period) {
        return new Limit(capacity, period, Long.toString(capacity));
    }

    void install(@Observes Router router) {
        if (enabled) {
            router.route("/api/*").order(ORDER).handler(this::limit);
            router.route("/auth/*").order(ORDER).handler(this::limit);
        }
    }

    private void limit(RoutingContext ctx) {
        RequestClass kind = RequestClass.of(ctx.request().method().name(), ctx.normalizedPath());
        Limit limit = limits.get(kind);
        Bucket bucket = buckets.get(kind).get(callerKey(ctx), key -> Bucket.builder()
                .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period())).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        HttpServerResponse response = ctx.response();
        response.putHeader("RateLimit-Limit", limit.limitHeader());
        response.putHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        response.putHeader("RateLimit-Reset", Long.toString(seconds(probe.getNanosToWaitForReset())));
        if (probe.isConsumed()) {
            ctx.next();
            return;
        }
        long retryAfter = seconds(probe.getNanosToWaitForRefill());
        response.putHeader("Retry-After", Long.toString(retryAfter));
        RequestData.problem(ctx, ProblemType.TOO_MANY_REQUESTS, "More than " + limit.capacity() + " "
                + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " per " + limit.period().toSeconds()
                + " s from this caller; try again in " + retryAfter + " s.");
    }

    private static String callerKey(RoutingContext ctx) {
        Caller caller = RequestData.caller(ctx);
        if (caller != null && caller.subject() != null) {
            return "sub:" + caller.subject();
        }
        return ctx.request().remoteAddress() == null ? "unknown" : "ip:" + ctx.request().remoteAddress().hostAddress();
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}

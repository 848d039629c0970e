package org.urbaninnovation.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The gateway's own settings: its route table and upstreams, identity, rate limits and edge headers. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Owning services by name (catalog, metrics, submissions). */
    Map<String, Service> services();

    /** How long the gateway waits for a service's answer (and between two chunks of it) before a 504. */
    @WithDefault("30s")
    Duration timeout();

    /**
     * The URL clients use (https://awards.example.org), when it is not what the request says (a TLS
     * terminator that does not send X-Forwarded-*). Without it: the request's own scheme and host.
     */
    Optional<URI> publicBaseUrl();

    Health health();

    @WithName("rate-limits")
    RateLimits rateLimits();

    Cors cors();

    Headers headers();

    @WithName("dev-issuer")
    DevIssuer devIssuer();

    OpenApi openapi();

    @WithName("access-log")
    AccessLog accessLog();

    interface Service {
        /**
         * Base URL of the service, for example http://localhost:8081; for several instances of it,
         * each one's, comma-separated: http://localhost:8081,http://localhost:8131 (CATALOG_URL,
         * METRICS_URL, SUBMISSIONS_URL take either form). Each instance has its own pools, probes
         * and circuit breaker; a request goes to the next available instance that is ready, in
         * turn, and the service is unavailable (503) only when no instance is.
         */
        @WithName("url")
        List<URI> urls();

        /** Path prefixes the service serves; the gateway forwards them unchanged. */
        List<String> paths();

        /** Whether GET and HEAD on its paths are public (anonymous callers allowed); every other request needs a token. */
        @WithDefault("false")
        boolean publicReads();

        /**
         * Prefixes among its paths whose GET and HEAD are public even though the service's others are
         * not (the award's cycles: everyone reads them; entries, assignments and the audit need a
         * token). Below such a prefix the service still refuses what it does not make public.
         */
        Optional<List<String>> publicReadPaths();

        /** This service's answer timeout, when it differs from gateway.timeout. */
        Optional<Duration> timeout();

        @WithDefault("1s")
        Duration connectTimeout();

        /** Connections to each instance per event loop (each event loop has its own pool). */
        @WithDefault("32")
        int maxConnections();

        /**
         * What the gateway probes to tell an instance is there (liveness: no database behind it). An
         * instance that refuses, or does not answer it, gets no requests, and those it has are taken back.
         */
        @WithDefault("/q/health/live")
        String healthPath();

        /**
         * What the gateway probes, when the service has several instances, to tell which take new
         * requests (readiness: DOWN from SIGTERM on, for the shutdown delay, while the instance still
         * serves what it has). An instance that is not ready gets new requests only when no instance is.
         */
        @WithDefault("/q/health/ready")
        String readyPath();

        @WithName("circuit-breaker")
        CircuitBreaker circuitBreaker();

        /**
         * How many times a failed GET, HEAD, OPTIONS or bodiless DELETE or PUT is tried again, on another
         * instance when there is one (a request no instance saw is tried on each other instance, whatever its method).
         */
        @WithDefault("1")
        int retries();
    }

    interface CircuitBreaker {
        /** Requests in the rolling window the breaker judges. */
        @WithDefault("20")
        int requestVolume();

        /** Share of failures in that window that opens the breaker. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long an open breaker refuses before it lets trial requests through. */
        @WithDefault("5s")
        Duration delay();
    }

    interface Health {
        /** How often each instance is probed. */
        @WithDefault("250ms")
        Duration interval();

        /** A liveness probe not answered within this marks the instance unavailable (a stopped process accepts but never answers). */
        @WithDefault("500ms")
        Duration timeout();

        /**
         * How long a write already sent to an instance that stopped answering its probe still waits
         * for its answer: an instance just started can be that slow with its first requests, and a
         * write given up on may still be applied.
         */
        @WithDefault("5s")
        Duration writeGrace();
    }

    interface RateLimits {
        @WithDefault("true")
        boolean enabled();

        /** GET, HEAD and OPTIONS. */
        @WithDefault("1200")
        long reads();

        /** Every other method. */
        @WithDefault("120")
        long writes();

        /** Sign-ins at the development issuer. */
        @WithDefault("10")
        long signIns();

        /** The period each limit is counted over (a token bucket of that many tokens refilled over this period). */
        @WithDefault("1m")
        Duration period();

        /** How many callers' buckets each replica keeps (least recently seen dropped first). */
        @WithDefault("100000")
        long trackedCallers();
    }

    interface Cors {
        /** Origins allowed to call the API from a browser (https://dashboard.example.org); none by default. */
        Optional<List<String>> origins();

        @WithDefault("10m")
        Duration maxAge();
    }

    interface Headers {
        /** The Content-Security-Policy of every answer: fit for server-rendered pages on this origin, no inline scripts. */
        @WithDefault("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
        String contentSecurityPolicy();

        /** Swagger UI's page configures itself with an inline script and inline styles: its own, wider policy. */
        @WithDefault("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'")
        String swaggerUiContentSecurityPolicy();

        @WithDefault("strict-origin-when-cross-origin")
        String referrerPolicy();

        /** Sent only on requests that came over TLS (directly, or as a trusted proxy says). */
        @WithDefault("max-age=31536000")
        String strictTransportSecurity();
    }

    interface DevIssuer {
        /** The local development issuer (sign-in as a demo user, no password): only in the local, dev and test profiles. */
        @WithDefault("false")
        boolean enabled();

        /** PEM file or class-path resource of the development private key. */
        Optional<String> privateKeyLocation();

        /** The issuer the tokens name: the one the platform verifies. */
        @WithDefault("${mp.jwt.verify.issuer}")
        String issuer();

        @WithDefault("8h")
        Duration tokenLifetime();
    }

    interface OpenApi {
        /** How long the services' documents are reused before the gateway asks again. */
        @WithDefault("30s")
        Duration cacheTtl();

        /** How long the gateway waits for a service's document. */
        @WithDefault("2s")
        Duration fetchTimeout();
    }

    interface AccessLog {
        /** text (a readable line) or json (one object a line, for log collectors). */
        @WithDefault("text")
        String format();
    }
}

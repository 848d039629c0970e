package org.urbaninnovation.gateway.infrastructure.proxy;

import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import jakarta.enterprise.util.TypeLiteral;

import org.urbaninnovation.gateway.config.GatewayConfig;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.PoolOptions;

/**
 * One instance of a service: where it is, its connection pools (one per event loop, so a request
 * and its upstream connection share a thread and a slow instance cannot take another's
 * connections), its circuit breaker, and what its probes last said: whether it is there
 * (liveness) and whether it takes new requests (readiness).
 */
final class Instance {

    private static final TypeLiteral<CompletionStage<HttpClientResponse>> RESPONSE = new TypeLiteral<>() {
    };

    /** The service's name, as problems and logs say it. */
    final String service;
    /** Its position among the service's instances, and the bit that marks it tried in a request. */
    final int index;
    final long bit;
    final URI url;
    final String host;
    final int port;
    /** scheme://host:port as the instance's own absolute URLs start. */
    final String base;

    private final Vertx vertx;
    private final HttpClientOptions options;
    private final PoolOptions pool;
    private final ThreadLocal<HttpClient> clients;
    private final List<HttpClient> created = new CopyOnWriteArrayList<>();
    private final Guard breaker;
    private volatile CircuitBreakerState breakerState = CircuitBreakerState.CLOSED;
    private volatile boolean reachable = true;
    private volatile boolean ready = true;
    private volatile String lastProblem;
    private volatile String notReadyBecause;
    private volatile long lastAnswerNanos = System.nanoTime() - Long.MAX_VALUE / 2;
    /** Since when the liveness probe has had no answer at all; -1 while it has one. */
    private volatile long silentSince = -1;
    /** Requests sent and not yet answered: taken back when the probe finds the instance silent (see {@link #probed}). */
    private final Set<Exchange> waiting = ConcurrentHashMap.newKeySet();

    Instance(String service, int index, URI url, GatewayConfig.Service config, Vertx vertx) {
        this.service = service;
        this.index = index;
        this.bit = 1L << index;
        this.url = url;
        this.host = url.getHost();
        this.port = url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
        this.base = url.getScheme() + "://" + url.getRawAuthority();
        this.vertx = vertx;
        this.options = new HttpClientOptions().setDefaultHost(host).setDefaultPort(port)
                .setSsl("https".equals(url.getScheme())).setKeepAlive(true).setTcpNoDelay(true)
                .setConnectTimeout((int) config.connectTimeout().toMillis()).setName("upstream-" + service + "-" + index);
        this.pool = new PoolOptions().setHttp1MaxSize(config.maxConnections());
        this.clients = ThreadLocal.withInitial(this::newClient);
        GatewayConfig.CircuitBreaker cb = config.circuitBreaker();
        this.breaker = Guard.create().withDescription("upstream " + service + " at " + base)
                .withCircuitBreaker().name("upstream-" + service + "-" + index).requestVolumeThreshold(cb.requestVolume())
                .failureRatio(cb.failureRatio()).delay(cb.delay().toMillis(), ChronoUnit.MILLIS)
                .onStateChange(state -> breakerState = state).done()
                .withThreadOffload(false)
                .build();
    }

    /** The pool of the calling event loop. */
    HttpClient client() {
        return clients.get();
    }

    private HttpClient newClient() {
        HttpClient client = vertx.createHttpClient(options, pool);
        created.add(client);
        return client;
    }

    /** One attempt through the circuit breaker: a failure to connect or to answer counts against this instance. */
    Future<HttpClientResponse> guarded(Supplier<Future<HttpClientResponse>> attempt) {
        try {
            return Future.fromCompletionStage(breaker.get(() -> attempt.get().toCompletionStage(), RESPONSE));
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    /** Whether requests are worth sending: the liveness probe answers and the breaker is not open. */
    boolean available() {
        return reachable && breakerState != CircuitBreakerState.OPEN;
    }

    boolean reachable() {
        return reachable;
    }

    /** Whether its readiness answered UP (it is preferred to an instance that did not). */
    boolean ready() {
        return ready;
    }

    CircuitBreakerState breakerState() {
        return breakerState;
    }

    String lastProblem() {
        return lastProblem;
    }

    String notReadyBecause() {
        return notReadyBecause;
    }

    void waiting(Exchange exchange) {
        waiting.add(exchange);
    }

    void answered(Exchange exchange) {
        waiting.remove(exchange);
    }

    /** An answer from the instance: proof it is running, whatever a probe stuck behind a busy queue says. */
    void answering() {
        lastAnswerNanos = System.nanoTime();
    }

    boolean answeredWithin(long nanos) {
        return System.nanoTime() - lastAnswerNanos < nanos;
    }

    /**
     * The liveness probe's verdict. An instance that answers, even with a 5xx, is there and finishes
     * what it has. One that does not answer (refused, or silent past the probe's timeout: stopped, or
     * too busy to answer) gets no new requests, and what waits for it is taken back at once when it
     * can be sent again without doing anything twice (a read, a request it never saw). A write it
     * already has may be under way, as on an instance just started and slow with its first requests:
     * it waits for its answer until the instance has been silent for {@code writeGrace}, and then gets
     * a 504 saying its outcome is unknown rather than a 503 saying it was not done.
     */
    void probed(boolean up, boolean answered, String problem, long writeGraceNanos) {
        reachable = up;
        lastProblem = up ? null : problem;
        if (up || answered) {
            silentSince = -1;
            return;
        }
        long now = System.nanoTime();
        if (silentSince < 0) {
            silentSince = now;
        }
        boolean writesToo = now - silentSince >= writeGraceNanos;
        for (Exchange exchange : waiting) {
            exchange.abandon(this, writesToo);
        }
    }

    /** The readiness probe's verdict: what is already sent here is still answered, only new requests go elsewhere. */
    void readied(boolean up, String problem) {
        ready = up;
        notReadyBecause = up ? null : problem;
    }

    void close() {
        created.forEach(HttpClient::close);
    }
}

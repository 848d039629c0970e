package org.urbaninnovation.gateway.infrastructure.proxy;

import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import jakarta.enterprise.util.TypeLiteral;

import org.urbaninnovation.gateway.config.GatewayConfig;
import org.urbaninnovation.gateway.domain.RetryBudget;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.PoolOptions;

/**
 * One service behind the gateway: where it is, its connection pools (one per event loop, so a
 * request and its upstream connection share a thread and a slow service cannot take another's
 * connections), its circuit breaker, its retry budget, and whether its health probe answers.
 */
final class Upstream {

    private static final TypeLiteral<CompletionStage<HttpClientResponse>> RESPONSE = new TypeLiteral<>() {
    };

    final String name;
    final String host;
    final int port;
    /** scheme://host:port as the service's own absolute URLs start. */
    final String base;
    final long timeoutMillis;
    final long connectTimeoutMillis;
    final int retries;
    final String healthPath;
    final RetryBudget retryBudget = RetryBudget.tenPercent();

    private final Vertx vertx;
    private final HttpClientOptions options;
    private final PoolOptions pool;
    private final ThreadLocal<HttpClient> clients;
    private final List<HttpClient> created = new CopyOnWriteArrayList<>();
    private final Guard breaker;
    private volatile CircuitBreakerState breakerState = CircuitBreakerState.CLOSED;
    private volatile boolean reachable = true;
    private volatile String lastProblem;
    private volatile long lastAnswerNanos = System.nanoTime() - Long.MAX_VALUE / 2;
    /** Requests sent and not yet answered: failed at once when the probe finds the service gone. */
    private final Set<Exchange> waiting = ConcurrentHashMap.newKeySet();

    Upstream(String name, GatewayConfig.Service service, Duration defaultTimeout, Vertx vertx) {
        this.name = name;
        URI url = service.url();
        this.host = url.getHost();
        this.port = url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
        this.base = url.getScheme() + "://" + url.getRawAuthority();
        this.timeoutMillis = service.timeout().orElse(defaultTimeout).toMillis();
        this.connectTimeoutMillis = service.connectTimeout().toMillis();
        this.retries = service.retries();
        this.healthPath = service.healthPath();
        this.vertx = vertx;
        this.options = new HttpClientOptions().setDefaultHost(host).setDefaultPort(port)
                .setSsl("https".equals(url.getScheme())).setKeepAlive(true).setTcpNoDelay(true)
                .setConnectTimeout((int) connectTimeoutMillis).setName("upstream-" + name);
        this.pool = new PoolOptions().setHttp1MaxSize(service.maxConnections());
        this.clients = ThreadLocal.withInitial(this::newClient);
        GatewayConfig.CircuitBreaker cb = service.circuitBreaker();
        this.breaker = Guard.create().withDescription("upstream " + name)
                .withCircuitBreaker().name("upstream-" + name).requestVolumeThreshold(cb.requestVolume())
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

    /** One attempt through the circuit breaker: a failure to connect or to answer counts against the service. */
    Future<HttpClientResponse> guarded(Supplier<Future<HttpClientResponse>> attempt) {
        try {
            return Future.fromCompletionStage(breaker.get(() -> attempt.get().toCompletionStage(), RESPONSE));
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    /** Whether requests are worth sending: the probe answers and the breaker is not open. */
    boolean available() {
        return reachable && breakerState != CircuitBreakerState.OPEN;
    }

    boolean reachable() {
        return reachable;
    }

    CircuitBreakerState breakerState() {
        return breakerState;
    }

    String lastProblem() {
        return lastProblem;
    }

    void waiting(Exchange exchange) {
        waiting.add(exchange);
    }

    void answered(Exchange exchange) {
        waiting.remove(exchange);
    }

    /** An answer from the service: proof it is running, whatever a probe stuck behind a busy queue says. */
    void answering() {
        lastAnswerNanos = System.nanoTime();
    }

    boolean answeredWithin(long nanos) {
        return System.nanoTime() - lastAnswerNanos < nanos;
    }

    /** The probe's verdict; when the service is gone, what waits for it is answered now rather than at its timeout. */
    void probed(boolean up, String problem) {
        boolean was = reachable;
        reachable = up;
        lastProblem = up ? null : problem;
        if (was && !up) {
            for (Exchange exchange : waiting) {
                exchange.abandon();
            }
        }
    }

    void close() {
        created.forEach(HttpClient::close);
    }
}

package org.urbaninnovation.gateway.infrastructure.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.urbaninnovation.gateway.config.GatewayConfig;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Probes every service a few times a second. A service that refuses, or accepts and never answers
 * (a stopped process: the kernel still completes the handshake), is marked unavailable within one
 * interval plus the probe timeout: its requests then get a 503 at once, also those already
 * waiting, while the other services' routes are untouched. A probe that times out while the
 * service goes on answering requests does not count: on a saturated machine the probe waits in
 * the same queue as everything else, and a busy service is not a stopped one. The gateway's readiness lists each
 * service; its liveness does not depend on them (a restart would not bring a service back).
 */
@Readiness
@ApplicationScoped
public class UpstreamHealth implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(UpstreamHealth.class);

    private final Upstreams upstreams;
    private final GatewayConfig.Health config;
    private final Vertx vertx;
    private HttpClient probes;
    private long timer = -1;

    public UpstreamHealth(Upstreams upstreams, GatewayConfig config, Vertx vertx) {
        this.upstreams = upstreams;
        this.config = config.health();
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent started) {
        probes = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setName("upstream-probes")
                .setConnectTimeout((int) config.timeout().toMillis()));
        timer = vertx.setPeriodic(1, config.interval().toMillis(), tick -> upstreams.all().forEach(this::probe));
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        if (probes != null) {
            probes.close();
        }
    }

    private void probe(Upstream upstream) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(upstream.host).setPort(upstream.port)
                .setURI(upstream.healthPath).setIdleTimeout(config.timeout().toMillis())
                .setConnectTimeout(config.timeout().toMillis());
        probes.request(options).compose(request -> request.send())
                .compose(response -> response.body().map(body -> response.statusCode()))
                .onComplete(result -> {
                    // A probe that timed out while requests keep being answered met a busy service, not a stopped one.
                    boolean up = result.succeeded() ? result.result() < 500
                            : !(result.cause() instanceof java.net.ConnectException)
                                    && upstream.answeredWithin(config.timeout().toNanos());
                    boolean was = upstream.reachable();
                    String problem = result.succeeded() ? "its health check answered " + result.result()
                            : result.cause().getClass().getSimpleName() + ": " + result.cause().getMessage();
                    upstream.probed(up, problem);
                    if (was != up) {
                        if (up) {
                            LOG.infof("The %s service is reachable again", upstream.name);
                        } else {
                            LOG.warnf("The %s service is unavailable (%s): its requests get a 503", upstream.name, problem);
                        }
                    }
                });
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("Upstream services").up();
        for (Upstream upstream : upstreams.all()) {
            String state = !upstream.reachable() ? "DOWN (" + upstream.lastProblem() + ")"
                    : "UP, circuit breaker " + upstream.breakerState().name().toLowerCase(java.util.Locale.ROOT);
            builder.withData(upstream.name, state);
            if (!upstream.reachable()) {
                builder.down();
            }
        }
        return builder.build();
    }
}

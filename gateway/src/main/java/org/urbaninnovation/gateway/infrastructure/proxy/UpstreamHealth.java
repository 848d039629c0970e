package org.urbaninnovation.gateway.infrastructure.proxy;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Probes every instance of every service a few times a second. Liveness says whether an instance
 * is there: one that refuses, or accepts and never answers (a stopped process: the kernel still
 * completes the handshake), is marked unavailable within one interval plus the probe timeout, and
 * the reads that wait for it are taken back (tried on another instance when they may be, else a
 * 503), while the other services' routes are untouched. A write it already has waits a grace
 * period longer (see {@link Instance#probed}). One whose liveness answers 5xx gets no new requests
 * but keeps those it has: it is there to answer them. A probe that times out while the instance goes on
 * answering requests does not count: on a saturated machine the probe waits in the same queue as
 * everything else, and a busy instance is not a stopped one.
 *
 * <p>Readiness, probed only where there is a choice (a service with several instances), says
 * which instance takes new requests: Quarkus turns it DOWN at SIGTERM and goes on serving for its
 * shutdown delay, so within one interval new requests go to the others while the leaving one
 * finishes what it has. Readiness does not decide availability, because it also goes DOWN when an
 * instance's database does: when no instance is ready, the live ones still get the requests and
 * answer for themselves (their own 503 problem, or what they can serve without the database).
 *
 * <p>The gateway's readiness names each instance; a service is UP when one of its instances
 * answers. Its liveness does not depend on them (a restart would not bring a service back).
 */
@Readiness
@ApplicationScoped
public class UpstreamHealth implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(UpstreamHealth.class);

    private final Upstreams upstreams;
    private final GatewayConfig.Health config;
    private final Vertx vertx;
    private final List<Probe> scheduled = new ArrayList<>();
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
        for (Upstream upstream : upstreams.all()) {
            for (Instance instance : upstream.instances()) {
                scheduled.add(new Probe(upstream, instance, false));
                if (upstream.balanced()) {
                    scheduled.add(new Probe(upstream, instance, true));
                }
            }
        }
        timer = vertx.setPeriodic(1, config.interval().toMillis(), tick -> scheduled.forEach(Probe::run));
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        if (probes != null) {
            probes.close();
        }
    }

    /**
     * One probe of one instance, never two at once: the answer to a probe sent while the instance
     * was stopped must not overrule a newer one (it would mark an instance that is back gone again).
     */
    private final class Probe {

        private final Upstream upstream;
        private final Instance instance;
        private final boolean readiness;
        private boolean inFlight;

        Probe(Upstream upstream, Instance instance, boolean readiness) {
            this.upstream = upstream;
            this.instance = instance;
            this.readiness = readiness;
        }

        void run() {
            if (inFlight) {
                return;
            }
            inFlight = true;
            status(instance, readiness ? upstream.readyPath : upstream.healthPath).onComplete(result -> {
                inFlight = false;
                if (readiness) {
                    readied(instance, result);
                } else {
                    lived(upstream, instance, result);
                }
            });
        }
    }

    private void lived(Upstream upstream, Instance instance, AsyncResult<Integer> result) {
        // A probe that timed out while requests keep being answered met a busy instance, not a stopped one.
        boolean up = result.succeeded() ? result.result() < 500 : !(result.cause() instanceof ConnectException)
                && instance.answeredWithin(config.timeout().toNanos());
        boolean was = instance.reachable();
        String problem = result.succeeded() ? "its health check answered " + result.result() : failure(result.cause());
        instance.probed(up, result.succeeded(), problem, config.writeGrace().toNanos());
        if (was != up) {
            if (up) {
                LOG.infof("%s is reachable again", named(upstream, instance));
            } else {
                LOG.warnf("%s is unavailable (%s): %s", named(upstream, instance), problem,
                        upstream.balanced() ? "its requests go to the other instances" : "its requests get a 503");
            }
        }
    }

    private void readied(Instance instance, AsyncResult<Integer> result) {
        if (result.failed() && !(result.cause() instanceof ConnectException) && instance.answeredWithin(config.timeout().toNanos())) {
            // Busy, not leaving: as it was.
            return;
        }
        boolean ready = result.succeeded() && result.result() < 300;
        boolean was = instance.ready();
        String problem = result.succeeded() ? "its readiness answered " + result.result() : failure(result.cause());
        instance.readied(ready, problem);
        if (was != ready) {
            if (ready) {
                LOG.infof("The %s instance at %s is ready again", instance.service, instance.base);
            } else {
                LOG.infof("The %s instance at %s is not ready (%s): new requests go to the others while one is",
                        instance.service, instance.base, problem);
            }
        }
    }

    private Future<Integer> status(Instance instance, String path) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(instance.host).setPort(instance.port)
                .setURI(path).setIdleTimeout(config.timeout().toMillis()).setConnectTimeout(config.timeout().toMillis());
        return probes.request(options).compose(request -> request.send())
                .compose(response -> response.body().map(body -> response.statusCode()));
    }

    private static String failure(Throwable cause) {
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static String named(Upstream upstream, Instance instance) {
        return upstream.balanced() ? "The " + upstream.name + " instance at " + instance.base : "The " + upstream.name + " service";
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("Upstream services").up();
        for (Upstream upstream : upstreams.all()) {
            int up = 0;
            int ready = 0;
            for (Instance instance : upstream.instances()) {
                builder.withData(upstream.name + " " + instance.base, state(upstream, instance));
                up += instance.reachable() ? 1 : 0;
                ready += instance.reachable() && instance.ready() ? 1 : 0;
            }
            int of = upstream.instances().size();
            builder.withData(upstream.name, (up > 0 ? "UP (" : "DOWN (") + up + " of " + of + (of == 1 ? " instance" : " instances")
                    + " up" + (upstream.balanced() ? ", " + ready + " ready)" : ")"));
            if (up == 0) {
                builder.down();
            }
        }
        return builder.build();
    }

    private static String state(Upstream upstream, Instance instance) {
        if (!instance.reachable()) {
            return "DOWN (" + instance.lastProblem() + ")";
        }
        String readiness = !upstream.balanced() ? "" : instance.ready() ? "ready, " : "not ready (" + instance.notReadyBecause() + "), ";
        return "UP, " + readiness + "circuit breaker " + instance.breakerState().name().toLowerCase(Locale.ROOT);
    }
}

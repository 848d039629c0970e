package org.urbaninnovation.gateway.infrastructure.proxy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.urbaninnovation.gateway.config.GatewayConfig;
import org.urbaninnovation.gateway.domain.RetryBudget;

import io.vertx.core.Vertx;

/**
 * One service behind the gateway: its instances, its timeouts, its retry budget (a share of the
 * whole service's traffic), and which instance the next request goes to: round robin over the
 * available ones (the liveness probe answers, the breaker is not open) that are ready, or over the
 * available ones when none is (the service's own answer, even its 503, says more than the
 * gateway's). Choosing is an atomic increment and a few volatile reads: no lock, no allocation,
 * and with a single instance not even the increment.
 */
final class Upstream {

    /** Instances a request can try, each marked by one bit of a long. */
    static final int MAX_INSTANCES = Long.SIZE;

    final String name;
    final long timeoutMillis;
    final long connectTimeoutMillis;
    final int retries;
    final String healthPath;
    final String readyPath;
    final RetryBudget retryBudget = RetryBudget.tenPercent();

    private final Instance[] instances;
    private final List<Instance> listed;
    private final AtomicInteger turn = new AtomicInteger();

    Upstream(String name, GatewayConfig.Service service, Duration defaultTimeout, Vertx vertx) {
        List<URI> urls = service.urls();
        if (urls.isEmpty() || urls.size() > MAX_INSTANCES) {
            throw new IllegalArgumentException("gateway.services." + name + ".url lists " + urls.size()
                    + " instances: it takes 1 to " + MAX_INSTANCES);
        }
        this.name = name;
        this.timeoutMillis = service.timeout().orElse(defaultTimeout).toMillis();
        this.connectTimeoutMillis = service.connectTimeout().toMillis();
        this.retries = service.retries();
        this.healthPath = service.healthPath();
        this.readyPath = service.readyPath();
        this.instances = new Instance[urls.size()];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new Instance(name, i, urls.get(i), service, vertx);
        }
        this.listed = List.of(instances);
    }

    /** The instance a new request goes to, taking turns; null when none is available. */
    Instance first() {
        if (instances.length == 1) {
            return instances[0].available() ? instances[0] : null;
        }
        return choose(Math.floorMod(turn.getAndIncrement(), instances.length), 0);
    }

    /**
     * The instance to try after {@code last}, among those not {@code tried} (a bit each), without
     * taking a turn from the requests to come; null when none is available.
     */
    Instance next(Instance last, long tried) {
        return choose(last.index + 1 == instances.length ? 0 : last.index + 1, tried);
    }

    /** Where the gateway's own reads go (API documents, the profile's parts): the first available instance, else the first. */
    Instance preferred() {
        Instance chosen = choose(0, 0);
        return chosen == null ? instances[0] : chosen;
    }

    private Instance choose(int start, long tried) {
        Instance fallback = null;
        for (int i = 0, at = start; i < instances.length; i++, at = at + 1 == instances.length ? 0 : at + 1) {
            Instance candidate = instances[at];
            if ((tried & candidate.bit) == 0 && candidate.available()) {
                if (candidate.ready()) {
                    return candidate;
                }
                if (fallback == null) {
                    fallback = candidate;
                }
            }
        }
        return fallback;
    }

    /** Whether there is a choice to make, which is all readiness is probed for. */
    boolean balanced() {
        return instances.length > 1;
    }

    /** Whether at least one instance's liveness probe answers. */
    boolean reachable() {
        for (Instance instance : instances) {
            if (instance.reachable()) {
                return true;
            }
        }
        return false;
    }

    List<Instance> instances() {
        return listed;
    }

    void close() {
        listed.forEach(Instance::close);
    }
}

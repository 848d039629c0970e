package org.urbaninnovation.gateway.infrastructure.proxy;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.urbaninnovation.gateway.config.GatewayConfig;
import org.urbaninnovation.gateway.domain.Route;
import org.urbaninnovation.gateway.domain.RouteTable;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;

/** The services behind the gateway, as configured, and the route table their prefixes make. */
@ApplicationScoped
public class Upstreams {

    private final Map<String, Upstream> byName = new LinkedHashMap<>();
    private final RouteTable table;

    public Upstreams(GatewayConfig config, Vertx vertx) {
        List<Route> routes = new ArrayList<>();
        config.services().forEach((name, service) -> {
            byName.put(name, new Upstream(name, service, config.timeout(), vertx));
            List<String> publicPaths = service.publicReadPaths().orElse(List.of());
            service.paths().forEach(prefix -> routes.add(new Route(prefix, name,
                    service.publicReads() || publicPaths.contains(prefix))));
        });
        this.table = new RouteTable(routes);
    }

    @Produces
    @Singleton
    RouteTable routeTable() {
        return table;
    }

    Upstream named(String name) {
        return byName.get(name);
    }

    /** Whether the liveness probe of one of the service's instances answers (the API document does not wait for one that does not). */
    public boolean reachable(String name) {
        Upstream upstream = byName.get(name);
        return upstream != null && upstream.reachable();
    }

    /** The instance the gateway reads the service's own documents and parts from: the first available, else the first configured. */
    public URI readFrom(String name) {
        return configured(name).preferred().url;
    }

    /** Every configured instance of the service. */
    public List<URI> instancesOf(String name) {
        return configured(name).instances().stream().map(instance -> instance.url).toList();
    }

    private Upstream configured(String name) {
        Upstream upstream = byName.get(name);
        if (upstream == null) {
            throw new IllegalStateException("No service named " + name + " is configured (gateway.services." + name + ".url)");
        }
        return upstream;
    }

    Iterable<Upstream> all() {
        return byName.values();
    }

    void close(@jakarta.enterprise.event.Observes ShutdownEvent shutdown) {
        byName.values().forEach(Upstream::close);
    }
}

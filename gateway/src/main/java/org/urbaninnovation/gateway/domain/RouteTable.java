package org.urbaninnovation.gateway.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which service answers a path: the longest configured prefix that matches whole segments
 * ({@code /api/v1/cities} serves {@code /api/v1/cities/haikou}, never {@code /api/v1/citiesX}).
 * Internal feeds and the services' own {@code /q/} endpoints are never routed, whatever the
 * configuration says, and a few paths under a routed prefix are the gateway's own answers.
 */
public final class RouteTable {

    /** Composite views the gateway assembles itself, although their prefix belongs to a service. */
    private static final List<Pattern> GATEWAY_OWN = List.of(Pattern.compile("/api/v1/initiatives/[^/]+/profile/?"));

    private final List<Route> routes;

    public RouteTable(List<Route> routes) {
        List<Route> sorted = new ArrayList<>(routes);
        for (Route route : sorted) {
            if (!route.prefix().startsWith("/api/") || route.prefix().endsWith("/")) {
                throw new IllegalArgumentException("A routed prefix starts with /api/ and has no trailing slash: '"
                        + route.prefix() + "' (" + route.service() + ")");
            }
        }
        sorted.sort(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed());
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).prefix().equals(sorted.get(i - 1).prefix())) {
                throw new IllegalArgumentException("Prefix " + sorted.get(i).prefix() + " is routed to both "
                        + sorted.get(i - 1).service() + " and " + sorted.get(i).service());
            }
        }
        this.routes = List.copyOf(sorted);
    }

    /** The route of a normalized path (no dot segments), or empty when the gateway itself answers it (or nobody does). */
    public Optional<Route> route(String path) {
        for (Route route : routes) {
            String prefix = route.prefix();
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return isGatewaysOwn(path) ? Optional.empty() : Optional.of(route);
            }
        }
        return Optional.empty();
    }

    public List<Route> routes() {
        return routes;
    }

    /** The prefixes a service serves through the gateway (for its part of the merged API document). */
    public List<String> prefixesOf(String service) {
        return routes.stream().filter(r -> r.service().equals(service)).map(Route::prefix).toList();
    }

    /** Whether a service's path template (as its OpenAPI document names it) is reachable through the gateway. */
    public boolean exposes(String service, String pathTemplate) {
        return route(pathTemplate).map(r -> r.service().equals(service)).orElse(false);
    }

    static boolean isGatewaysOwn(String path) {
        for (Pattern own : GATEWAY_OWN) {
            if (own.matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }
}

package org.urbaninnovation.gateway.infrastructure.clients;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.urbaninnovation.gateway.infrastructure.proxy.Upstreams;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * A typed client of a service for each of its instances, built once, and the one to call now: the
 * first available instance as the gateway's probes and breakers see it, else the first configured
 * (whose failure the caller's fallback then reports).
 */
final class InstanceClients<T> {

    private static final long CONNECT_TIMEOUT_MILLIS = 1000;

    private final String service;
    private final Upstreams upstreams;
    private final Map<URI, T> byInstance = new LinkedHashMap<>();

    InstanceClients(Class<T> type, String service, Upstreams upstreams) {
        this.service = service;
        this.upstreams = upstreams;
        for (URI instance : upstreams.instancesOf(service)) {
            byInstance.put(instance, QuarkusRestClientBuilder.newBuilder().baseUri(instance)
                    .connectTimeout(CONNECT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).build(type));
        }
    }

    T now() {
        return byInstance.get(upstreams.readFrom(service));
    }
}

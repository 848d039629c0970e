package org.urbaninnovation.gateway.infrastructure.openapi;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.urbaninnovation.gateway.config.GatewayConfig;
import org.urbaninnovation.gateway.infrastructure.proxy.Upstreams;
import org.urbaninnovation.gateway.infrastructure.openapi.OpenApiMerge.ServiceDocument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Each service's own OpenAPI document, read on demand and reused for a short while: a service
 * deployed with new operations shows them within the cache's lifetime, and a service that is down
 * keeps the document it last served (or is left out, when it never served one) instead of
 * breaking the gateway's. Of a service with several instances, the first available one is read.
 */
@ApplicationScoped
public class ServiceDocuments {

    private static final Logger LOG = Logger.getLogger(ServiceDocuments.class);

    private record Entry(JsonNode document, String problem, long readAtNanos) {
    }

    private final List<String> services;
    private final Map<String, Entry> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private final long ttlNanos;
    private final long timeoutMillis;
    private final ObjectMapper mapper;
    private final Vertx vertx;
    private final Upstreams upstreams;
    private volatile HttpClient client;

    public ServiceDocuments(GatewayConfig config, Upstreams upstreams, ObjectMapper mapper, Vertx vertx) {
        this.upstreams = upstreams;
        this.services = List.copyOf(config.services().keySet());
        this.ttlNanos = config.openapi().cacheTtl().toNanos();
        this.timeoutMillis = config.openapi().fetchTimeout().toMillis();
        this.mapper = mapper;
        this.vertx = vertx;
    }

    /** Every service's document, fresh enough; never fails. */
    public Future<List<ServiceDocument>> documents() {
        List<Future<ServiceDocument>> reads = new ArrayList<>();
        services.forEach(name -> reads.add(document(name)));
        return Future.join(reads).transform(done -> Future.succeededFuture(reads.stream().map(Future::result).toList()));
    }

    private Future<ServiceDocument> document(String name) {
        Entry cached = cache.get(name);
        if (cached != null && cached.document() != null && System.nanoTime() - cached.readAtNanos() < ttlNanos) {
            return Future.succeededFuture(new ServiceDocument(name, cached.document(), null));
        }
        if (!upstreams.reachable(name)) {
            return Future.succeededFuture(cached != null && cached.document() != null
                    ? new ServiceDocument(name, cached.document(), null)
                    : new ServiceDocument(name, null, "the service is unavailable"));
        }
        URI url = upstreams.readFrom(name);
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(url.getHost())
                .setPort(url.getPort() > 0 ? url.getPort() : 80).setURI("/q/openapi?format=json")
                .putHeader("Accept", "application/json").setIdleTimeout(timeoutMillis).setConnectTimeout(timeoutMillis);
        return client().request(options).compose(request -> request.send())
                .compose(response -> response.body().map(body -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("it answered " + response.statusCode());
                    }
                    try {
                        return mapper.readTree(body.getBytes());
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException("its document is not JSON");
                    }
                }))
                .map(document -> {
                    cache.put(name, new Entry(document, null, System.nanoTime()));
                    return new ServiceDocument(name, document, null);
                })
                .otherwise(failure -> {
                    String problem = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
                    LOG.debugf("Cannot read the %s service's OpenAPI document: %s", name, problem);
                    Entry last = cache.get(name);
                    // The last document it served stays: a service that is down still has its operations.
                    return last != null && last.document() != null ? new ServiceDocument(name, last.document(), null)
                            : new ServiceDocument(name, null, problem);
                });
    }

    private HttpClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createHttpClient(new HttpClientOptions().setName("openapi-documents"));
                }
            }
        }
        return client;
    }

    void close(@jakarta.enterprise.event.Observes ShutdownEvent shutdown) {
        if (client != null) {
            client.close();
        }
    }
}

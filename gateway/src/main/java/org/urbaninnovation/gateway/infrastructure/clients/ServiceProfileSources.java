package org.urbaninnovation.gateway.infrastructure.clients;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.urbaninnovation.gateway.domain.Fetched;
import org.urbaninnovation.gateway.domain.Initiative;
import org.urbaninnovation.gateway.domain.ProfileSources;
import org.urbaninnovation.gateway.infrastructure.proxy.Upstreams;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;

/**
 * The profile's parts from the catalogue and the metrics service: each call within two seconds,
 * behind a circuit breaker per method, a 404 read as "absent" (not a failure), and any failure as
 * "unavailable", so one service down never fails the whole profile. Each call goes to the first
 * available instance of its service.
 */
@ApplicationScoped
public class ServiceProfileSources implements ProfileSources {

    private static final int PAGE = 100;
    private static final int SIMILAR = 5;

    private final InstanceClients<CatalogClient> catalog;
    private final InstanceClients<MetricsClient> metrics;

    public ServiceProfileSources(Upstreams upstreams) {
        this.catalog = new InstanceClients<>(CatalogClient.class, "catalog", upstreams);
        this.metrics = new InstanceClients<>(MetricsClient.class, "metrics", upstreams);
    }

    @Override
    @AsynchronousNonBlocking
    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 10)
    @Fallback(fallbackMethod = "catalogDownForInitiative")
    public CompletionStage<Fetched<Initiative>> initiative(String idOrSlug) {
        return found(catalog.now().initiative(idOrSlug)
                .map(node -> new Initiative(node.path("id").asText(null), node.path("city").path("id").asText(null), node)));
    }

    @Override
    @AsynchronousNonBlocking
    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 10)
    @Fallback(fallbackMethod = "catalogDown")
    public CompletionStage<Fetched<Object>> city(String cityId) {
        return found(catalog.now().city(cityId));
    }

    @Override
    @AsynchronousNonBlocking
    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 10)
    @Fallback(fallbackMethod = "catalogDown")
    public CompletionStage<Fetched<Object>> similar(String idOrSlug) {
        return found(catalog.now().similar(idOrSlug, SIMILAR));
    }

    @Override
    @AsynchronousNonBlocking
    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 10)
    @Fallback(fallbackMethod = "metricsDown")
    public CompletionStage<Fetched<Object>> outcomes(String initiativeId) {
        return found(metrics.now().outcomes(initiativeId, PAGE));
    }

    @Override
    @AsynchronousNonBlocking
    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 10)
    @Fallback(fallbackMethod = "metricsDown")
    public CompletionStage<Fetched<Object>> observations(String initiativeId) {
        return found(metrics.now().observations(initiativeId, PAGE));
    }

    /** A 404 is an answer (the part does not exist), not a failure the breaker should count. */
    private static <T> CompletionStage<Fetched<T>> found(Uni<? extends T> read) {
        return read.map(value -> Fetched.<T>found(value))
                .onFailure(e -> e instanceof WebApplicationException w && w.getResponse().getStatus() == 404)
                .recoverWithItem(Fetched.absent())
                .subscribeAsCompletionStage();
    }

    CompletionStage<Fetched<Initiative>> catalogDownForInitiative(String idOrSlug) {
        return Uni.createFrom().<Fetched<Initiative>>item(Fetched.unavailable("catalog")).subscribeAsCompletionStage();
    }

    CompletionStage<Fetched<Object>> catalogDown(String key) {
        return Uni.createFrom().<Fetched<Object>>item(Fetched.unavailable("catalog")).subscribeAsCompletionStage();
    }

    CompletionStage<Fetched<Object>> metricsDown(String initiativeId) {
        return Uni.createFrom().<Fetched<Object>>item(Fetched.unavailable("metrics")).subscribeAsCompletionStage();
    }
}

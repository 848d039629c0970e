package org.urbaninnovation.gateway.stub;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The services of {@link ServiceInstances}, probed once, at start, and a catalogue breaker that
 * stays closed: an instance that stops listening afterwards is still believed there, so every
 * request that takes its turn is refused (what the gateway meets in the moment an instance stops,
 * before the next probe).
 */
public class ProbedOnlyAtStart implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway.health.interval", "1h", "gateway.services.catalog.circuit-breaker.request-volume", "1000",
                "gateway.rate-limits.reads", "1000000", "gateway.rate-limits.writes", "1000000");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ServiceInstances.class));
    }
}

package org.urbaninnovation.gateway.stub;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The services of {@link ServiceInstances}, probed every 100 ms; a write waits 2 s for an instance gone silent. */
public class SeveralInstances implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway.health.interval", "100ms", "gateway.health.timeout", "300ms", "gateway.health.write-grace", "2s",
                "gateway.rate-limits.reads", "1000000", "gateway.rate-limits.writes", "1000000");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ServiceInstances.class));
    }
}

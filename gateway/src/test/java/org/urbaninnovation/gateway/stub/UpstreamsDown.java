package org.urbaninnovation.gateway.stub;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The metrics service stopped (accepts, never answers) and the submission service gone (refuses); probes every 100 ms. */
public class UpstreamsDown implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway.health.interval", "100ms", "gateway.health.timeout", "300ms");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FailingServices.class));
    }
}

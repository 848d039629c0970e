package org.urbaninnovation.gateway.stub;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Rate limits small enough to exhaust in a test: 3 reads, 2 writes and 2 sign-ins a minute per caller. */
public class TightLimits implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway.rate-limits.reads", "3", "gateway.rate-limits.writes", "2",
                "gateway.rate-limits.sign-ins", "2", "gateway.rate-limits.period", "1m");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StubServices.class));
    }
}

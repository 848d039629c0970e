package org.urbaninnovation.gateway.stub;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The gateway in front of three stub services, all up: the profile of most tests (they share one start). */
public class StubbedPlatform implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // Every test calls from 127.0.0.1: limits that a whole suite cannot reach (RateLimitTest has small ones).
        return Map.of("gateway.cors.origins", "https://dashboard.example.org", "gateway.rate-limits.reads", "1000000",
                "gateway.rate-limits.writes", "1000000", "gateway.rate-limits.sign-ins", "1000000");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StubServices.class));
    }
}

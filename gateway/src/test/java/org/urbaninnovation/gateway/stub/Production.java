package org.urbaninnovation.gateway.stub;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The production configuration profile (with the test key to verify tokens by): no development issuer. */
public class Production implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "prod";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mp.jwt.verify.publickey.location", "test-jwt/publicKey.pem",
                "mp.jwt.verify.issuer", "https://issuer.test.urban-innovation");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StubServices.class));
    }
}

package org.urbaninnovation.gateway.stub;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Tokens verified against an OpenID provider's JWKS (served by the test) instead of a PEM key. */
public class RotatingKeys implements QuarkusTestProfile {

    /** Every unknown key id fetches the set again here (in production at most once a minute). */
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("smallrye.jwt.jwks.forced-refresh-interval", "0");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StubServices.class), new TestResourceEntry(JwksProvider.class));
    }
}

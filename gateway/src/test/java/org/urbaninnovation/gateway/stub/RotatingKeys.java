package org.urbaninnovation.gateway.stub;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Tokens verified against an OpenID provider's JWKS (served by the test) instead of a PEM key. */
public class RotatingKeys implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StubServices.class), new TestResourceEntry(JwksProvider.class));
    }
}

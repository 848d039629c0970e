package org.urbaninnovation.gateway.stub;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The gateway in front of three stub services, all up: the profile of most tests (they share one start). */
public class StubbedPlatform implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StubServices.class));
    }
}

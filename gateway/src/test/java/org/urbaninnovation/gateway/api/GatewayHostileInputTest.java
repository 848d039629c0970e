package org.urbaninnovation.gateway.api;

import org.urbaninnovation.gateway.stub.StubbedPlatform;
import org.urbaninnovation.testsupport.HostileInputContract;
import org.urbaninnovation.testsupport.openapi.ApiOperation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The gateway's own operations (profile, sign-in) under attack; each service attacks its own. */
@QuarkusTest
@TestProfile(StubbedPlatform.class)
class GatewayHostileInputTest extends HostileInputContract {

    @Override
    protected boolean covers(ApiOperation operation) {
        return operation.node().path("tags").path(0).asText().equals("gateway");
    }
}

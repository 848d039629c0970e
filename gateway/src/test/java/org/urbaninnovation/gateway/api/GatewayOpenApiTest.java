package org.urbaninnovation.gateway.api;

import org.urbaninnovation.gateway.stub.StubbedPlatform;
import org.urbaninnovation.testsupport.OpenApiContract;
import org.urbaninnovation.testsupport.openapi.ApiOperation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The merged document follows the platform's rules as a whole; what it says of the gateway's own
 * operations is checked against the gateway (the services' operations are each service's to prove,
 * against the service itself).
 */
@QuarkusTest
@TestProfile(StubbedPlatform.class)
class GatewayOpenApiTest extends OpenApiContract {

    @Override
    protected boolean covers(ApiOperation operation) {
        return operation.node().path("tags").path(0).asText().equals("gateway");
    }
}

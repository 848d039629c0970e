package org.urbaninnovation.submissions;

import org.urbaninnovation.testsupport.OpenApiContract;
import org.urbaninnovation.testsupport.openapi.ApiOperation;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiContractTest extends OpenApiContract {

    /**
     * An award's examples apply to a cycle, an entry or an assignment in a given phase:
     * {@code api.OpenApiTest} walks a cycle through its phases and sends each at its moment.
     */
    @Override
    protected boolean sendsExample(ApiOperation operation) {
        return false;
    }
}

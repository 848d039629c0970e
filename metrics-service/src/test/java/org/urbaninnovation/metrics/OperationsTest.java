package org.urbaninnovation.metrics;

import org.urbaninnovation.testsupport.ServiceConventionsContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsTest extends ServiceConventionsContract {

    @Override
    protected String openApiTitle() {
        return "Metrics service API";
    }
}

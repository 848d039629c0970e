package org.urbaninnovation.gateway;

import org.urbaninnovation.gateway.routing.StubServices;
import org.urbaninnovation.testsupport.ServiceConventionsContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(StubServices.class)
class OperationsTest extends ServiceConventionsContract {

    @Override
    protected String openApiTitle() {
        return "Urban Innovation Award Platform API";
    }

    @Override
    protected boolean hasDatabase() {
        return false;
    }
}

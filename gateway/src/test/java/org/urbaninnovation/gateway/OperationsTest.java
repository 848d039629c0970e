package org.urbaninnovation.gateway;

import org.urbaninnovation.gateway.stub.StubbedPlatform;
import org.urbaninnovation.testsupport.ServiceConventionsContract;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(StubbedPlatform.class)
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

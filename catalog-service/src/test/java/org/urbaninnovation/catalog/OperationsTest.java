package org.urbaninnovation.catalog;

import org.urbaninnovation.testsupport.ServiceConventionsContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsTest extends ServiceConventionsContract {

    @Override
    protected String openApiTitle() {
        return "Catalog service API";
    }
}

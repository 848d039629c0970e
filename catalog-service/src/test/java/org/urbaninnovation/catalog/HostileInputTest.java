package org.urbaninnovation.catalog;

import org.junit.jupiter.api.Order;
import org.urbaninnovation.testsupport.HostileInputContract;
import org.urbaninnovation.testsupport.openapi.ApiOperation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Last: its attacks that happen to be valid write data that other tests would count. */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class HostileInputTest extends HostileInputContract {

    @Override
    protected void undo(ApiOperation operation, Response accepted) {
        CatalogWrites.withdrawWhatWasPublished(operation, accepted);
    }
}

package org.urbaninnovation.metrics;

import org.junit.jupiter.api.BeforeAll;
import org.urbaninnovation.testsupport.OpenApiContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiContractTest extends OpenApiContract {

    @BeforeAll
    static void projection() {
        CaughtUp.projection();
    }
}

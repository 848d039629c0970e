package org.urbaninnovation.metrics;

import org.junit.jupiter.api.BeforeAll;
import org.urbaninnovation.testsupport.HostileInputContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HostileInputTest extends HostileInputContract {

    @BeforeAll
    static void projection() {
        CaughtUp.projection();
    }
}

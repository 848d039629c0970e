package org.urbaninnovation.submissions;

import org.junit.jupiter.api.Order;
import org.urbaninnovation.testsupport.HostileInputContract;

import io.quarkus.test.junit.QuarkusTest;

/** Last: its attacks that happen to be valid write data that other tests would count. */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class HostileInputTest extends HostileInputContract {
}

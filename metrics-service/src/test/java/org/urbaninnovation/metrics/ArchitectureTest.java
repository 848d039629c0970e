package org.urbaninnovation.metrics;

import org.urbaninnovation.testsupport.ArchitectureContract;

class ArchitectureTest extends ArchitectureContract {

    @Override
    protected String basePackage() {
        return "org.urbaninnovation.metrics";
    }
}

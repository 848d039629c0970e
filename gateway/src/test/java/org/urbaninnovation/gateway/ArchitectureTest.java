package org.urbaninnovation.gateway;

import org.urbaninnovation.testsupport.ArchitectureContract;

class ArchitectureTest extends ArchitectureContract {

    @Override
    protected String basePackage() {
        return "org.urbaninnovation.gateway";
    }
}

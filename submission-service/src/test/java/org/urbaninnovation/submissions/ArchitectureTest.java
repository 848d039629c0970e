package org.urbaninnovation.submissions;

import org.urbaninnovation.testsupport.ArchitectureContract;

/** The service's layers point inward: api → domain ← persistence, infrastructure. */
class ArchitectureTest extends ArchitectureContract {

    @Override
    protected String basePackage() {
        return "org.urbaninnovation.submissions";
    }
}

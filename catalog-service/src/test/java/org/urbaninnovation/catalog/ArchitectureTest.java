package org.urbaninnovation.catalog;

import org.urbaninnovation.testsupport.ArchitectureContract;

/** The catalogue's layers point inward: api → domain ← persistence, infrastructure. */
class ArchitectureTest extends ArchitectureContract {

    @Override
    protected String basePackage() {
        return "org.urbaninnovation.catalog";
    }
}

package org.urbaninnovation.catalog;

import java.util.List;
import java.util.UUID;

import org.urbaninnovation.catalog.api.CatalogFixtures;
import org.urbaninnovation.testsupport.openapi.ApiOperation;

import io.restassured.response.Response;

/**
 * Undoes what the shared contracts publish by accident or by design: other tests count fourteen
 * published initiatives, so an initiative the contracts created (a valid example, an attack that
 * happened to be valid) is withdrawn again.
 */
final class CatalogWrites {

    private CatalogWrites() {
    }

    static void withdrawWhatWasPublished(ApiOperation operation, Response accepted) {
        if (!operation.method().equals("POST")) {
            return;
        }
        if (operation.path().equals("/api/v1/initiatives")) {
            CatalogFixtures.withdraw(UUID.fromString(accepted.path("id")));
        } else if (operation.path().equals("/api/v1/initiatives/import")) {
            accepted.<List<String>>path("ids").forEach(id -> CatalogFixtures.withdraw(UUID.fromString(id)));
        }
    }
}

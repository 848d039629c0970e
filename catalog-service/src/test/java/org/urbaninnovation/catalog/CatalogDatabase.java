package org.urbaninnovation.catalog;

import org.urbaninnovation.testsupport.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every catalog test runs against a real PostgreSQL database named "catalog". */
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
public class CatalogDatabase {
}

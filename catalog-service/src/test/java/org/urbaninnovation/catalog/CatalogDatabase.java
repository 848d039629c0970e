package org.urbaninnovation.catalog;

import org.urbaninnovation.testsupport.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every catalog test runs against a real PostgreSQL database named "catalog", and reads the award's
 * events from a recorded feed served over HTTP.
 */
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
@QuarkusTestResource(RecordedSubmissionsFeed.class)
public class CatalogDatabase {
}

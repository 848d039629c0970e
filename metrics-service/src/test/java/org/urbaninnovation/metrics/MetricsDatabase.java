package org.urbaninnovation.metrics;

import org.urbaninnovation.testsupport.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every metrics test runs against a real PostgreSQL database named "metrics", and reads the
 * catalogue's and the award's events from recorded feeds served over HTTP.
 */
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "metrics"))
@QuarkusTestResource(RecordedCatalogFeed.class)
@QuarkusTestResource(RecordedSubmissionsFeed.class)
public class MetricsDatabase {
}

package org.urbaninnovation.metrics;

import org.urbaninnovation.testsupport.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every metrics test runs against a real PostgreSQL database named "metrics", and reads the
 * catalogue's events from a recorded feed served over HTTP.
 */
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "metrics"))
@QuarkusTestResource(RecordedCatalogFeed.class)
public class MetricsDatabase {
}

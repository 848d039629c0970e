package org.urbaninnovation.metrics;

import org.urbaninnovation.testsupport.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every metrics test runs against a real PostgreSQL database named "metrics". */
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "metrics"))
public class MetricsDatabase {
}

package org.urbaninnovation.submissions;

import org.urbaninnovation.testsupport.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every submissions test runs against a real PostgreSQL database named "submissions". */
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "submissions"))
public class SubmissionsDatabase {
}

package org.urbaninnovation.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

/**
 * What every service of the platform answers from day one: health that checks its database,
 * a described OpenAPI document, Prometheus metrics, and problem+json for unknown paths and
 * rejected tokens. A service's test extends it and names its own OpenAPI title.
 */
public abstract class ServiceConventionsContract {

    protected abstract String openApiTitle();

    /** Whether readiness includes a database check (the gateway has no database). */
    protected boolean hasDatabase() {
        return true;
    }

    @Test
    void readinessIsUpAndChecksTheDatabase() {
        var response = given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        if (hasDatabase()) {
            response.body("checks.name", hasItem("Database connections health check"));
        }
    }

    @Test
    void livenessAndStartedAreUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiHasTitleVersionAndDescription() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo(openApiTitle()))
                .body("info.version", equalTo("1.0.0"))
                .body("info.description", notNullValue());
    }

    @Test
    void prometheusMetricsAreServed() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void unknownPathIsA404Problem() {
        given().when().get("/api/v1/does-not-exist")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/does-not-exist"));
    }

    @Test
    void forgedTokenIsA401Problem() {
        given().auth().oauth2(Tokens.wrongSignature()).when().get("/api/v1/does-not-exist")
                .then().statusCode(401).contentType("application/problem+json");
    }
}

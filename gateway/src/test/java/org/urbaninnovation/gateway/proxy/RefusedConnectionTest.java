package org.urbaninnovation.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.urbaninnovation.gateway.stub.ProbedOnlyAtStart;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;

/**
 * The second catalogue instance stops listening after the only probe: the gateway still believes
 * it there, so every other request is sent to it first and refused. A refused request reached no
 * instance, so it goes to the other one whatever its method: the client sees no error.
 */
@QuarkusTest
@TestProfile(ProbedOnlyAtStart.class)
class RefusedConnectionTest {

    private static boolean stopped;

    private final String first = InstancesTest.instances("catalog").get(0);
    private final String second = InstancesTest.instances("catalog").get(1);

    @BeforeEach
    void theSecondInstanceStopsListening() {
        if (!stopped) {
            given().baseUri(second).port(-1).post("/stub/stop").then().statusCode(200);
            stopped = true;
        }
    }

    @Test
    void aPostWhoseConnectionWasRefusedIsSentToTheOtherInstance() {
        // Requests take turns: one of two in a row is sent to the stopped instance first.
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Tokens.admin()).contentType("application/json").body("{\"title\": \"x\"}")
                    .when().post("/api/v1/initiatives")
                    .then().statusCode(200).header("X-Stub-Instance", first)
                    .body("method", equalTo("POST")).body("bodyLength", equalTo(14));
        }
    }

    @Test
    void everyRequestTheStoppedInstanceRefusesIsAnsweredByTheOther() {
        // Each method twice in a row: one of the two is refused first.
        for (String method : List.of("GET", "GET", "HEAD", "HEAD", "DELETE", "DELETE", "PUT", "PUT", "PATCH", "PATCH", "POST", "POST")) {
            RequestSpecification request = given().auth().oauth2(Tokens.admin());
            if (method.startsWith("P")) {
                request = request.contentType("application/json").body("{}");
            }
            request.when().request(method, "/api/v1/cities/haikou").then().statusCode(200).header("X-Stub-Instance", first);
        }
    }
}

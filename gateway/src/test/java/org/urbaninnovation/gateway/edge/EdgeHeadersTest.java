package org.urbaninnovation.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.gateway.stub.StubbedPlatform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** What every answer carries, whoever produced it: a request id, the security headers, CORS for allowed origins only. */
@QuarkusTest
@TestProfile(StubbedPlatform.class)
class EdgeHeadersTest {

    @Test
    void aRequestIdIsMadeWhenTheClientSentNoneAndPassedToTheService() {
        var answer = given().when().get("/api/v1/themes").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f]{32}")).extract();
        given().when().get("/api/v1/themes").then().header("X-Request-Id", not(equalTo(answer.header("X-Request-Id"))));
        org.junit.jupiter.api.Assertions.assertEquals(answer.header("X-Request-Id"), answer.jsonPath().getString("headers.x-request-id"));
    }

    @Test
    void theClientsRequestIdIsKeptWhenItIsSaneAndReplacedWhenNot() {
        given().header("X-Request-Id", "dashboard-7.42").when().get("/api/v1/themes").then()
                .header("X-Request-Id", "dashboard-7.42").body("headers.x-request-id", equalTo("dashboard-7.42"));
        given().header("X-Request-Id", "<script>" + "x".repeat(200)).when().get("/api/v1/themes").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void theTraceContextGoesOnToTheService() {
        String parent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        given().header("traceparent", parent).when().get("/api/v1/themes").then().statusCode(200)
                .body("headers.traceparent", startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[] { "/api/v1/themes", "/api/v1/nothing", "/q/health/live" }) {
            given().when().get(path).then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "strict-origin-when-cross-origin")
                    .header("Content-Security-Policy", startsWith("default-src 'self'; script-src 'self'; "))
                    .header("Strict-Transport-Security", nullValue());
        }
    }

    @Test
    void swaggerUiGetsThePolicyItsInlineScriptNeeds() {
        given().when().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", startsWith("default-src 'self'; script-src 'self' 'unsafe-inline'"));
    }

    @Test
    void hstsOnlyBehindTls() {
        // Without GATEWAY_BEHIND_PROXY the gateway believes no X-Forwarded-Proto: plain HTTP, no HSTS.
        given().header("X-Forwarded-Proto", "https").when().get("/api/v1/themes").then()
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void anAllowedOriginMayReadAnswersAndOthersMayNot() {
        given().header("Origin", "https://dashboard.example.org").when().get("/api/v1/themes").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://dashboard.example.org")
                .header("Access-Control-Expose-Headers", startsWith("ETag, Location"));
        given().header("Origin", "https://evil.example").when().get("/api/v1/themes").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void preflightsAreAnsweredByTheGateway() {
        given().header("Origin", "https://dashboard.example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .when().options("/api/v1/initiatives").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "https://dashboard.example.org")
                .header("Access-Control-Allow-Methods", startsWith("GET, HEAD, POST"))
                .header("Access-Control-Allow-Headers", startsWith("Authorization, Content-Type"))
                .header("Access-Control-Max-Age", "600")
                .header("X-Stub", nullValue());
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/v1/initiatives").then().statusCode(403).contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue());
    }
}

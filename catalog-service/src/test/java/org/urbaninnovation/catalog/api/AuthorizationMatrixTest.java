package org.urbaninnovation.catalog.api;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint against anonymous callers and every role: reads are open, writes are the
 * secretariat's, the event feed is for services. Writes send an invalid body, so that a caller who
 * passes the check gets a validation error and nothing changes.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String ANONYMOUS = "anonymous";
    private static final List<String> CALLERS = List.of(ANONYMOUS, "admin", "jury", "city", "service");

    /** An endpoint and what the one privileged role (or everyone, for reads) gets. */
    private record Endpoint(String method, String path, String body, String allowedRole, int allowedStatus) {
    }

    private static final String HAIKOU = CatalogFixtures.HAIKOU_INITIATIVE;

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/initiatives", null, null, 200),
            new Endpoint("GET", "/api/v1/initiatives?q=flood&format=csv", null, null, 200),
            new Endpoint("GET", "/api/v1/initiatives/haikou-bee-eater-protection", null, null, 200),
            new Endpoint("GET", "/api/v1/initiatives/haikou-bee-eater-protection/similar", null, null, 200),
            new Endpoint("GET", "/api/v1/cities", null, null, 200),
            new Endpoint("GET", "/api/v1/cities/haikou", null, null, 200),
            new Endpoint("GET", "/api/v1/themes", null, null, 200),
            new Endpoint("POST", "/api/v1/initiatives", "{}", "admin", 400),
            new Endpoint("PUT", "/api/v1/initiatives/" + HAIKOU, "{}", "admin", 400),
            new Endpoint("DELETE", "/api/v1/initiatives/" + UUID.randomUUID(), null, "admin", 404),
            new Endpoint("GET", "/api/v1/initiatives/" + HAIKOU + "/history", null, "admin", 200),
            new Endpoint("POST", "/api/v1/initiatives/import", "[]", "admin", 400),
            new Endpoint("GET", "/api/v1/initiatives/export", null, "admin", 200),
            new Endpoint("POST", "/api/v1/cities", "{}", "admin", 400),
            new Endpoint("PUT", "/api/v1/cities/" + CatalogFixtures.XIANNING, "{}", "admin", 400),
            new Endpoint("GET", "/internal/v1/events", null, "service", 200));

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String caller : CALLERS) {
                int expected;
                if (endpoint.allowedRole() == null || endpoint.allowedRole().equals(caller)) {
                    expected = endpoint.allowedStatus();
                } else {
                    expected = caller.equals(ANONYMOUS) ? 401 : 403;
                }
                cases.add(Arguments.of(endpoint.method() + " " + endpoint.path(), caller, endpoint, expected));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {3}")
    @MethodSource("matrix")
    void callerGetsTheExpectedStatus(String name, String caller, Endpoint endpoint, int expected) {
        RequestSpecification request = given();
        if (!caller.equals(ANONYMOUS)) {
            request = request.auth().oauth2(Tokens.withRole(caller));
        }
        if (endpoint.body() != null) {
            request = request.contentType("application/json").body(endpoint.body());
        }
        var response = request.when().request(endpoint.method(), endpoint.path()).then().statusCode(expected);
        if (expected >= 400) {
            response.contentType("application/problem+json");
        }
    }
}

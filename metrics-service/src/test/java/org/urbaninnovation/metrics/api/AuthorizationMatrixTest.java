package org.urbaninnovation.metrics.api;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.urbaninnovation.metrics.CaughtUp;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Every endpoint against anonymous callers and every role: reads open, ingest admin/service, operations admin. */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final List<String> CALLERS = List.of("anonymous", "admin", "service", "jury", "city");

    @BeforeAll
    static void projection() {
        CaughtUp.projection();
    }

    static Stream<Arguments> matrix() {
        // endpoint -> expected status per caller, in CALLERS order
        Map<String, List<Integer>> expected = new java.util.LinkedHashMap<>();
        for (String read : List.of("GET /api/v1/indicators", "GET /api/v1/indicators/construction_time_months",
                "GET /api/v1/observations", "GET /api/v1/outcomes", "GET /api/v1/series?indicator=gawc_world_city_rank",
                "GET /api/v1/aggregates?groupBy=phase")) {
            expected.put(read, List.of(200, 200, 200, 200, 200));
        }
        expected.put("POST /api/v1/observations", List.of(401, 200, 200, 403, 403));
        expected.put("GET /internal/v1/projection", List.of(401, 200, 200, 403, 403));
        expected.put("POST /internal/v1/projection/poll", List.of(401, 200, 403, 403, 403));
        expected.put("POST /internal/v1/projection/replay", List.of(401, 200, 403, 403, 403));
        expected.put("POST /internal/v1/rollup/rebuild", List.of(401, 204, 403, 403, 403));
        expected.put("GET /internal/v1/explain/aggregates?groupBy=theme", List.of(401, 200, 403, 403, 403));
        expected.put("GET /internal/v1/explain/observations?initiative=11111111-0000-4000-8000-000000000001",
                List.of(401, 200, 403, 403, 403));
        expected.put("GET /internal/v1/explain/series?indicator=gawc_world_city_rank", List.of(401, 200, 403, 403, 403));
        return expected.entrySet().stream().flatMap(e -> java.util.stream.IntStream.range(0, CALLERS.size())
                .mapToObj(i -> Arguments.of(e.getKey(), CALLERS.get(i), e.getValue().get(i))));
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void callerGetsExpectedStatus(String endpoint, String caller, int status) {
        String[] parts = endpoint.split(" ", 2);
        RequestSpecification request = given();
        String token = switch (caller) {
            case "admin" -> Tokens.admin();
            case "service" -> Tokens.service();
            case "jury" -> Tokens.jury("Kenya");
            case "city" -> Tokens.city("22222222-0000-4000-8000-000000000001");
            default -> null;
        };
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (parts[0].equals("POST") && parts[1].equals("/api/v1/observations")) {
            request.contentType("application/json").body(List.of(IngestTest.row("jobs_mobilized", "scale", "2041", 1, "jobs")));
        }
        var response = request.when().request(parts[0], parts[1]).then().statusCode(status);
        if (status >= 400) {
            response.contentType("application/problem+json");
        }
    }
}

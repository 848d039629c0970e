package org.urbaninnovation.submissions.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint against every kind of caller, on a cycle in review ({@link ReviewScenario}): an
 * anonymous caller, the city that wrote the entry and another city, the juror assigned to it (who
 * has filed), a juror of the cycle not assigned to it, the juror who declared a conflict with it,
 * the secretariat and a service. Another city's entry and an unassigned one answer 404, never 403.
 * A caller who passes the checks gets a refusal that changes nothing (a bad body, a stale version,
 * a phase that does not allow it), so the matrix can run in any order.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final List<String> CALLERS = List.of("anonymous", "city A", "city B", "juror assigned",
            "juror not assigned", "juror with a conflict", "admin", "service");

    private static final String JSON = "application/json";
    private static final String ANY = "*";
    private static final String STALE = "\"999\"";

    /** An endpoint, its request, and the status each caller of {@link #CALLERS} gets, in that order. */
    private record Endpoint(String method, String path, String body, String contentType, String ifMatch, int... expected) {

        static Endpoint of(String method, String path, int... expected) {
            return new Endpoint(method, path, null, null, null, expected);
        }

        static Endpoint body(String method, String path, String body, int... expected) {
            return new Endpoint(method, path, body, JSON, null, expected);
        }

        Endpoint ifMatch(String tag) {
            return new Endpoint(method, path, body, contentType, tag, expected);
        }

        Endpoint as(String type) {
            return new Endpoint(method, path, body, type, ifMatch, expected);
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            //                                                                  anon cityA cityB assigned unassigned conflict admin service
            Endpoint.of("GET", "/api/v1/cycles", 200, 200, 200, 200, 200, 200, 200, 200),
            Endpoint.of("GET", "/api/v1/cycles/{R}", 200, 200, 200, 200, 200, 200, 200, 200),
            Endpoint.body("POST", "/api/v1/cycles", "{}", 401, 403, 403, 403, 403, 403, 400, 403),
            Endpoint.body("PATCH", "/api/v1/cycles/{R}", "{}", 401, 403, 403, 403, 403, 403, 409, 403)
                    .as(Award.MERGE_PATCH).ifMatch(ANY),
            Endpoint.body("POST", "/api/v1/cycles/{R}/phase", "{\"phase\": \"review\"}", 401, 403, 403, 403, 403, 403, 409, 403)
                    .ifMatch(ANY),
            Endpoint.of("POST", "/api/v1/cycles/{R}/publish", 401, 403, 403, 403, 403, 403, 409, 403),
            Endpoint.body("POST", "/api/v1/cycles/{O}/submissions", "{}", 401, 400, 400, 403, 403, 403, 403, 403),
            Endpoint.of("GET", "/api/v1/submissions", 401, 200, 200, 200, 200, 200, 200, 403),
            Endpoint.of("GET", "/api/v1/submissions/{S}", 401, 200, 404, 200, 404, 404, 200, 403),
            Endpoint.body("PATCH", "/api/v1/submissions/{D}", "{}", 401, 412, 404, 403, 403, 403, 403, 403)
                    .as(Award.MERGE_PATCH).ifMatch(STALE),
            Endpoint.body("PATCH", "/api/v1/submissions/{S}", "{}", 401, 409, 404, 403, 403, 403, 403, 403)
                    .as(Award.MERGE_PATCH).ifMatch(ANY),
            Endpoint.of("POST", "/api/v1/submissions/{S}/submit", 401, 409, 404, 403, 403, 403, 403, 403),
            Endpoint.of("POST", "/api/v1/submissions/{S}/withdraw", 401, 409, 404, 403, 403, 403, 403, 403),
            Endpoint.body("POST", "/api/v1/submissions/{S}/screening", "{}", 401, 403, 403, 403, 403, 403, 400, 403),
            Endpoint.body("POST", "/api/v1/submissions/{S}/extension", "{}", 401, 403, 403, 403, 403, 403, 400, 403),
            Endpoint.of("GET", "/api/v1/submissions/{S}/reviews", 401, 403, 403, 200, 404, 404, 200, 403),
            Endpoint.body("POST", "/api/v1/cycles/{R}/jurors", "{}", 401, 403, 403, 403, 403, 403, 400, 403),
            Endpoint.of("GET", "/api/v1/cycles/{R}/jurors", 401, 403, 403, 403, 403, 403, 200, 403),
            Endpoint.body("POST", "/api/v1/cycles/{R}/assignments", "{}", 401, 403, 403, 403, 403, 403, 400, 403),
            Endpoint.body("POST", "/api/v1/cycles/{R}/assignments/auto", "{\"perSubmission\": 0}",
                    401, 403, 403, 403, 403, 403, 400, 403),
            Endpoint.of("GET", "/api/v1/assignments", 401, 403, 403, 200, 200, 200, 200, 403),
            Endpoint.body("POST", "/api/v1/assignments/{A_FR}/conflict", "{\"reason\": \"again\"}",
                    401, 403, 403, 404, 404, 409, 403, 403),
            Endpoint.of("GET", "/api/v1/assignments/{A_KE}/review", 401, 403, 403, 200, 404, 404, 403, 403),
            Endpoint.of("GET", "/api/v1/assignments/{A_FR}/review", 401, 403, 403, 404, 404, 409, 403, 403),
            Endpoint.body("PUT", "/api/v1/assignments/{A_KE}/review", "{\"scores\": {\"innovation\": 5}}",
                    401, 403, 403, 412, 404, 404, 403, 403).ifMatch(STALE),
            Endpoint.of("POST", "/api/v1/assignments/{A_KE}/review/file", 401, 403, 403, 409, 404, 404, 403, 403),
            Endpoint.of("GET", "/api/v1/cycles/{R}/ranking", 401, 403, 403, 403, 403, 403, 200, 403),
            Endpoint.body("POST", "/api/v1/cycles/{R}/decisions", "{}", 401, 403, 403, 403, 403, 403, 400, 403),
            Endpoint.of("GET", "/api/v1/audit", 401, 403, 403, 403, 403, 403, 200, 403),
            Endpoint.of("GET", "/internal/v1/events", 401, 403, 403, 403, 403, 403, 403, 200));

    private static String token(String caller) {
        return switch (caller) {
            case "city A" -> Award.city(Award.CITY_A);
            case "city B" -> Award.city(Award.CITY_B);
            case "juror assigned" -> Award.juror("KE");
            case "juror not assigned" -> Award.juror("JP");
            case "juror with a conflict" -> Award.juror("FR");
            case "admin" -> Tokens.admin();
            case "service" -> Tokens.service();
            default -> null;
        };
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (int i = 0; i < CALLERS.size(); i++) {
                cases.add(Arguments.of(endpoint.method() + " " + endpoint.path(), CALLERS.get(i), endpoint, endpoint.expected()[i]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {3}")
    @MethodSource("matrix")
    void callerGetsTheExpectedStatus(String name, String caller, Endpoint endpoint, int expected) {
        ReviewScenario scenario = ReviewScenario.get();
        RequestSpecification request = given();
        String token = token(caller);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (endpoint.body() != null) {
            request = request.contentType(endpoint.contentType()).body(endpoint.body());
        }
        if (endpoint.ifMatch() != null) {
            request = request.header("If-Match", endpoint.ifMatch());
        }
        var response = request.when().request(endpoint.method(), scenario.resolve(endpoint.path())).then().statusCode(expected);
        if (expected >= 400) {
            response.contentType("application/problem+json").body("status", equalTo(expected));
        }
    }

    @Test
    void anAssignedJurorSeesTheEntryOnlyOnceTheReviewPhaseBegins() {
        String cycle = Award.cycle("");
        Award.phase(cycle, "open");
        String entry = Award.submitted(cycle, Award.CITY_A, "Screened, not yet reviewed");
        Award.phase(cycle, "screening");
        Award.screen(entry, true);
        Award.assign(cycle, entry, Award.registerJuror(cycle, "KE"));
        given().auth().oauth2(Award.juror("KE")).when().get("/api/v1/submissions/" + entry).then().statusCode(404);
        given().auth().oauth2(Award.juror("KE")).queryParam("cycle", cycle).when().get("/api/v1/submissions")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Award.juror("KE")).queryParam("cycle", cycle).when().get("/api/v1/assignments")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void anEntryScreenedOutAfterItsAssignmentIsNoLongerItsJurorsToSee() {
        String cycle = Award.cycle("\"reviewsPerSubmission\": 1");
        Award.phase(cycle, "open");
        String kept = Award.submitted(cycle, Award.CITY_A, "Kept");
        String screenedOut = Award.submitted(cycle, Award.CITY_A, "Screened out");
        Award.phase(cycle, "screening");
        Award.screen(kept, true);
        Award.screen(screenedOut, true);
        String juror = Award.registerJuror(cycle, "KE");
        Award.assign(cycle, kept, juror);
        Award.assign(cycle, screenedOut, juror);
        Award.screen(screenedOut, false);
        Award.phase(cycle, "review");
        given().auth().oauth2(Award.juror("KE")).when().get("/api/v1/submissions/" + screenedOut).then().statusCode(404);
        given().auth().oauth2(Award.juror("KE")).queryParam("cycle", cycle).when().get("/api/v1/submissions").then()
                .body("items.id", equalTo(List.of(kept)));
    }

    @Test
    void eachCallerListsOnlyTheEntriesTheyMaySee() {
        ReviewScenario scenario = ReviewScenario.get();
        given().auth().oauth2(Award.city(Award.CITY_B)).queryParam("cycle", scenario.cycle).when().get("/api/v1/submissions")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Award.city(Award.CITY_A)).queryParam("cycle", scenario.cycle).when().get("/api/v1/submissions")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(scenario.entry));
        for (String country : List.of("KE", "BR", "DE")) {
            given().auth().oauth2(Award.juror(country)).queryParam("cycle", scenario.cycle).when().get("/api/v1/submissions")
                    .then().statusCode(200).body("total", equalTo(1));
        }
        for (String country : List.of("JP", "FR")) {
            given().auth().oauth2(Award.juror(country)).queryParam("cycle", scenario.cycle).when().get("/api/v1/submissions")
                    .then().statusCode(200).body("total", equalTo(0));
        }
        given().auth().oauth2(Tokens.admin()).queryParam("cycle", scenario.cycle).when().get("/api/v1/submissions")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aJurorSeesWhatIsJudgedButNotTheCitysContactsOrHistory() {
        ReviewScenario scenario = ReviewScenario.get();
        given().auth().oauth2(Award.juror("BR")).when().get("/api/v1/submissions/" + scenario.entry).then().statusCode(200)
                .body("title", equalTo("Entry under review"))
                .body("outcomeClaims[0].indicator", equalTo("Students walking to school"))
                .body("contacts", equalTo(null))
                .body("statusHistory", equalTo(null))
                .body("screening", equalTo(null));
        given().auth().oauth2(Award.city(Award.CITY_A)).when().get("/api/v1/submissions/" + scenario.entry).then().statusCode(200)
                .body("contacts[0].email", equalTo("li.wei@example.org"))
                .body("statusHistory.status", equalTo(List.of("draft", "submitted", "eligible")))
                .body("screening.eligible", equalTo(true));
    }
}

package org.urbaninnovation.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import org.eclipse.microprofile.config.ConfigProvider;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.urbaninnovation.gateway.stub.SeveralInstances;
import org.urbaninnovation.gateway.stub.StubService;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * A service on several instances: requests take turns between the ready ones; an instance whose
 * readiness goes DOWN (a service in its shutdown delay) gets no new requests and finishes those it
 * has; one that freezes has its waiting reads answered by the other; one that refuses gets
 * nothing; only a service with no instance left is a 503. The catalogue runs on two stubs, the
 * metrics service on a refusing port and a stub, the submission service on two refusing ports.
 */
@QuarkusTest
@TestProfile(SeveralInstances.class)
class InstancesTest {

    private final String first = instances("catalog").get(0);
    private final String second = instances("catalog").get(1);

    @BeforeEach
    void bothCatalogueInstancesAreReady() {
        awaitHealth(data -> "UP, ready, circuit breaker closed".equals(data.get("catalog " + first))
                && "UP, ready, circuit breaker closed".equals(data.get("catalog " + second))
                && String.valueOf(data.get("metrics " + instances("metrics").get(0))).startsWith("DOWN"));
    }

    @AfterEach
    void restoreTheSecondInstance() {
        given().baseUri(second).port(-1).post("/stub/freeze?frozen=false").then().statusCode(200);
        given().baseUri(second).port(-1).post("/stub/readiness?status=200").then().statusCode(200);
    }

    @Test
    void requestsTakeTurnsBetweenTheInstances() {
        List<String> answeredBy = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answeredBy.add(given().when().get("/api/v1/themes").then().statusCode(200).header("X-Stub", "catalog")
                    .extract().header("X-Stub-Instance"));
        }
        assertEquals(Set.of(first, second), Set.copyOf(answeredBy));
        for (int i = 1; i < answeredBy.size(); i++) {
            assertNotEquals(answeredBy.get(i - 1), answeredBy.get(i), "two requests in a row went to one instance: " + answeredBy);
        }
    }

    @Test
    void anInstanceWhoseReadinessIsDownGetsNoNewRequestsAndFinishesThoseItHas() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest export = HttpRequest.newBuilder(URI.create("http://localhost:" + ProxyTest.gatewayPort()
                + "/api/v1/initiatives/export")).build();
        // Two in a row: one is held by each instance until released.
        List<HttpResponse<InputStream>> held = List.of(http.send(export, HttpResponse.BodyHandlers.ofInputStream()),
                http.send(export, HttpResponse.BodyHandlers.ofInputStream()));
        HttpResponse<InputStream> onSecond = held.stream()
                .filter(r -> second.equals(r.headers().firstValue("X-Stub-Instance").orElse(null))).findFirst().orElseThrow(() -> new AssertionError("Both exports went to one instance: "
                        + held.stream().map(r -> r.headers().firstValue("X-Stub-Instance").orElse("none")).toList()));
        HttpResponse<InputStream> onFirst = held.get(held.get(0) == onSecond ? 1 : 0);

        given().baseUri(second).port(-1).post("/stub/readiness?status=503").then().statusCode(200);
        awaitHealth(data -> "UP, not ready (its readiness answered 503), circuit breaker closed".equals(data.get("catalog " + second)));
        for (int i = 0; i < 6; i++) {
            given().when().get("/api/v1/themes").then().statusCode(200).header("X-Stub-Instance", first);
        }

        given().baseUri(second).port(-1).post("/stub/release").then().statusCode(200);
        assertEquals(StubService.CSV_ROWS + 1, rows(onSecond));
        given().baseUri(first).port(-1).post("/stub/release").then().statusCode(200);
        assertEquals(StubService.CSV_ROWS + 1, rows(onFirst));
    }

    @Test
    void theReadsAFrozenInstanceHoldsAreAnsweredByTheOther() {
        given().baseUri(second).port(-1).post("/stub/freeze?frozen=true").then().statusCode(200);
        List<CompletableFuture<Response>> reads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reads.add(CompletableFuture.supplyAsync(() -> given().when().get("/api/v1/themes")));
        }
        for (CompletableFuture<Response> read : reads) {
            Response response = read.join();
            assertEquals(200, response.statusCode(), response.asString());
            assertEquals(first, response.header("X-Stub-Instance"));
        }
    }

    @Test
    void anInstanceThatRefusesConnectionsGetsNoRequestsAndTheOtherAnswersThemAll() {
        String metrics = instances("metrics").get(1);
        for (int i = 0; i < 4; i++) {
            given().when().get("/api/v1/indicators").then().statusCode(200).header("X-Stub-Instance", metrics);
            given().auth().oauth2(Tokens.admin()).contentType("application/json").body("{\"value\": 1}")
                    .when().post("/api/v1/aggregates").then().statusCode(200).header("X-Stub-Instance", metrics)
                    .body("method", equalTo("POST")).body("bodyLength", equalTo(12));
        }
    }

    @Test
    void aServiceWithNoInstanceLeftIsA503ProblemNamingIt() {
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/cycles")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "1")
                .body("detail", equalTo("The submissions service is unavailable; try again shortly."));
    }

    @Test
    void readinessNamesEachInstanceAndAServiceIsUpWhileOneOfItsInstancesIs() {
        List<String> submissions = instances("submissions");
        String path = "checks.find { it.name == 'Upstream services' }.data";
        given().when().get("/q/health/ready").then().statusCode(503)
                .body(path + ".catalog", equalTo("UP (2 of 2 instances up, 2 ready)"))
                .body(path + ".metrics", equalTo("UP (1 of 2 instances up, 1 ready)"))
                .body(path + ".'metrics " + instances("metrics").get(0) + "'", refused())
                .body(path + ".'metrics " + instances("metrics").get(1) + "'", equalTo("UP, ready, circuit breaker closed"))
                .body(path + ".submissions", equalTo("DOWN (0 of 2 instances up, 0 ready)"))
                .body(path + ".'submissions " + submissions.get(0) + "'", refused())
                .body(path + ".'submissions " + submissions.get(1) + "'", refused());
    }

    @Test
    void theProfileAndTheMergedDocumentReadTheFirstAvailableInstance() {
        given().when().get("/api/v1/initiatives/bee-eaters/profile").then().statusCode(200)
                .body("outcomes.items[0].kind", equalTo("outcomes"))
                .body("missing", equalTo(List.of()));
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/themes'.get.tags[0]", equalTo("catalog"))
                .body("paths.'/api/v1/indicators'.get.tags[0]", equalTo("metrics"));
    }

    private static Matcher<String> refused() {
        return allOf(startsWith("DOWN ("), containsString("Connection refused"));
    }

    private static long rows(HttpResponse<InputStream> response) throws Exception {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            return lines.lines().count();
        }
    }

    /** Waits for the gateway's probes to see what the test set up (they look every 100 ms). */
    private static void awaitHealth(Predicate<Map<String, Object>> expected) {
        Map<String, Object> data = Map.of();
        for (int poll = 0; poll < 200; poll++) {
            data = given().when().get("/q/health/ready").jsonPath().getMap("checks.find { it.name == 'Upstream services' }.data");
            if (expected.test(data)) {
                return;
            }
            sleep();
        }
        throw new AssertionError("The gateway's readiness never showed the expected state: " + data);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> instances(String service) {
        return List.of(ConfigProvider.getConfig().getValue("gateway.services." + service + ".url", String.class).split(","));
    }
}

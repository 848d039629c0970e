package org.urbaninnovation.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.concurrent.TimeUnit;
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
 * has, even once it drains; one that freezes has its waiting reads answered by the other and its
 * writes answered by itself if it is back within the grace, else a 504; one that refuses gets
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
        given().baseUri(second).port(-1).post("/stub/drain?draining=false").then().statusCode(200);
        // What a test left waiting (a create the gateway gave up on) is answered now, into a closed connection.
        given().baseUri(first).port(-1).post("/stub/release").then().statusCode(200);
        given().baseUri(second).port(-1).post("/stub/release").then().statusCode(200);
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
    void anInstanceDrainingAfterItsShutdownDelayStillAnswersTheCreatesItHolds() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> creates = heldCreates();
        given().baseUri(second).port(-1).post("/stub/readiness?status=503").then().statusCode(200);
        given().baseUri(second).port(-1).post("/stub/drain?draining=true").then().statusCode(200);
        awaitHealth(data -> "DOWN (its health check answered 503)".equals(data.get("catalog " + second)));
        given().when().get("/api/v1/themes").then().statusCode(200).header("X-Stub-Instance", first);

        given().baseUri(second).port(-1).post("/stub/release").then().statusCode(200);
        given().baseUri(first).port(-1).post("/stub/release").then().statusCode(200);
        Set<String> answeredBy = new java.util.HashSet<>();
        for (CompletableFuture<HttpResponse<String>> answer : creates) {
            HttpResponse<String> response = answer.get(10, TimeUnit.SECONDS);
            assertEquals(201, response.statusCode(), response.body());
            answeredBy.add(response.headers().firstValue("X-Stub-Instance").orElse("none"));
        }
        assertEquals(Set.of(first, second), answeredBy);
    }

    @Test
    void aCreateOnAnInstanceSilentForLessThanTheGraceIsAnswered() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> creates = heldCreates();
        // Too busy to answer its probes for a second, as a freshly started instance can be.
        given().baseUri(second).port(-1).post("/stub/freeze?frozen=true").then().statusCode(200);
        awaitHealth(data -> String.valueOf(data.get("catalog " + second)).startsWith("DOWN (NoStackTraceTimeoutException"));
        sleep(1_000);
        given().baseUri(second).port(-1).post("/stub/freeze?frozen=false").then().statusCode(200);
        given().baseUri(second).port(-1).post("/stub/release").then().statusCode(200);
        given().baseUri(first).port(-1).post("/stub/release").then().statusCode(200);
        for (CompletableFuture<HttpResponse<String>> answer : creates) {
            HttpResponse<String> response = answer.get(10, TimeUnit.SECONDS);
            assertEquals(201, response.statusCode(), response.body());
        }
    }

    @Test
    void aCreateOnAnInstanceSilentPastTheGraceIsA504SayingItsOutcomeIsUnknown() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> creates = heldCreates();
        long frozen = System.nanoTime();
        given().baseUri(second).port(-1).post("/stub/freeze?frozen=true").then().statusCode(200);
        given().baseUri(first).port(-1).post("/stub/release").then().statusCode(200);
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : creates) {
            HttpResponse<String> response = answer.get(10, TimeUnit.SECONDS);
            statuses.add(response.statusCode());
            if (response.statusCode() == 504) {
                assertEquals("The catalog service stopped answering while it had this request: it may or may not have been applied."
                        + " Read the resource, or send it again with the same Idempotency-Key.",
                        io.restassured.path.json.JsonPath.from(response.body()).getString("detail"));
                assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
                long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - frozen);
                // The grace is 2 s; the gateway's own timeout (30 s) is far off.
                assertTrue(waited >= 2_000 && waited < 6_000, "answered after " + waited + " ms");
            }
        }
        assertEquals(List.of(201, 504), statuses.stream().sorted().toList());
    }

    /** Two creates, one waiting at each instance until released. */
    private List<CompletableFuture<HttpResponse<String>>> heldCreates() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest create = HttpRequest.newBuilder(URI.create("http://localhost:" + ProxyTest.gatewayPort() + "/api/v1/cities/held"))
                .header("Authorization", "Bearer " + Tokens.admin()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Haikou\"}")).build();
        List<CompletableFuture<HttpResponse<String>>> creates = List.of(http.sendAsync(create, HttpResponse.BodyHandlers.ofString()),
                http.sendAsync(create, HttpResponse.BodyHandlers.ofString()));
        awaitHeld(creates);
        return creates;
    }

    /** Each instance has its create's body and waits to be released. */
    private void awaitHeld(List<CompletableFuture<HttpResponse<String>>> creates) {
        for (int poll = 0; poll < 200; poll++) {
            if (holding(first) == 1 && holding(second) == 1) {
                return;
            }
            sleep();
        }
        throw new AssertionError("The creates did not reach one instance each: " + holding(first) + " and " + holding(second) + "; "
                + creates.stream().map(create -> create.isDone() ? create.join().statusCode() + " " + create.join().body() : "waiting").toList());
    }

    private static int holding(String instance) {
        return given().baseUri(instance).port(-1).post("/stub/holding").then().statusCode(200).extract().path("requests");
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
        sleep(50);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> instances(String service) {
        return List.of(ConfigProvider.getConfig().getValue("gateway.services." + service + ".url", String.class).split(","));
    }
}

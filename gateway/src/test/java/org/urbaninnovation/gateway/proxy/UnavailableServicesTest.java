package org.urbaninnovation.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.gateway.stub.UpstreamsDown;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The metrics service stopped (it accepts and never answers), the submission service gone (it
 * refuses): each is a 503 problem naming it, also for requests already waiting when the probe
 * notices, while the catalogue's routes keep answering. Readiness says which; liveness stays up.
 */
@QuarkusTest
@TestProfile(UpstreamsDown.class)
class UnavailableServicesTest {

    @Test
    void aServiceThatRefusesConnectionsIsA503ProblemNamingIt() {
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/cycles")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "1")
                .body("title", equalTo("Service unavailable"))
                .body("detail", equalTo("The submissions service is unavailable; try again shortly."))
                .body("instance", equalTo("/api/v1/cycles"));
    }

    @Test
    void aServiceThatAcceptsButNeverAnswersIsA503ProblemAndOtherRoutesKeepAnswering() {
        List<CompletableFuture<Response>> waiting = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            waiting.add(CompletableFuture.supplyAsync(() -> given().when().get("/api/v1/indicators")));
        }
        for (int i = 0; i < 5; i++) {
            given().when().get("/api/v1/themes").then().statusCode(200).header("X-Stub", "catalog");
        }
        for (CompletableFuture<Response> request : waiting) {
            Response response = request.join();
            assertEquals(503, response.statusCode(), response.asString());
            assertEquals("The metrics service is unavailable; try again shortly.", response.jsonPath().getString("detail"));
        }
        given().when().get("/api/v1/indicators").then().statusCode(503).body("detail", startsWith("The metrics service"));
    }

    @Test
    void readinessNamesTheServicesThatAreDownAndLivenessDoesNotDependOnThem() {
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("checks.name", hasItem("Upstream services"))
                .body("checks.find { it.name == 'Upstream services' }.data.catalog", startsWith("UP"))
                .body("checks.find { it.name == 'Upstream services' }.data.metrics", startsWith("DOWN"))
                .body("checks.find { it.name == 'Upstream services' }.data.submissions", startsWith("DOWN"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theProfileAnswersWhatTheCatalogueHasAndNamesWhatIsMissing() {
        given().when().get("/api/v1/initiatives/bee-eaters/profile").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("initiative.slug", equalTo("bee-eaters"))
                .body("city.name", equalTo("Haikou"))
                .body("outcomes", equalTo(null))
                .body("missing", equalTo(List.of("outcomes", "observations")));
    }

    @Test
    void theMergedDocumentStillHasTheCataloguesOperations() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/themes'.get.tags[0]", equalTo("catalog"))
                .body("info.description", org.hamcrest.Matchers.containsString("metrics (the service is unavailable)"))
                .body("info.description", org.hamcrest.Matchers.containsString("submissions (the service is unavailable)"));
    }
}

package org.urbaninnovation.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(StubServices.class)
class ServiceProxyRoutesTest {

    @Test
    void forwardsByPrefixWithoutRewriting() {
        given().queryParam("q", "flood").queryParam("size", 5)
                .when().get("/api/v1/initiatives")
                .then().statusCode(200)
                .header("X-Stub", "yes")
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/v1/initiatives"))
                .body("query", equalTo("q=flood&size=5"));
    }

    @Test
    void forwardsNestedPathsOfEachService() {
        given().when().get("/api/v1/initiatives/xianning/similar").then().statusCode(200)
                .body("path", equalTo("/api/v1/initiatives/xianning/similar"));
        given().when().get("/api/v1/aggregates").then().statusCode(200)
                .body("path", equalTo("/api/v1/aggregates"));
    }

    @Test
    void passesTheServiceStatusThrough() {
        given().when().get("/api/v1/cities/missing").then().statusCode(404).header("X-Stub", "yes");
    }

    @Test
    void tellsTheServiceWhoTheClientAddressed() {
        given().header("Host", "awards.example.org").when().get("/api/v1/themes").then().statusCode(200)
                .body("forwardedHost", equalTo("awards.example.org"))
                .body("forwardedProto", equalTo("http"));
    }

    @Test
    void clientsCannotForgeForwardedHeaders() {
        given().header("Host", "awards.example.org").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "gopher").when().get("/api/v1/themes").then().statusCode(200)
                .body("forwardedHost", equalTo("awards.example.org"))
                .body("forwardedProto", equalTo("http"));
    }

    @Test
    void forwardsAValidTokenAndTheBody() {
        String token = Tokens.admin();
        given().auth().oauth2(token).contentType("application/json").body("{\"title\": \"x\"}")
                .when().post("/api/v1/initiatives")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("authorization", equalTo("Bearer " + token))
                .body("bodyLength", equalTo(14));
    }

    @Test
    void rejectsAForgedTokenBeforeForwarding() {
        given().auth().oauth2(Tokens.wrongSignature()).when().get("/api/v1/initiatives")
                .then().statusCode(401).contentType("application/problem+json")
                .header("X-Stub", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void answersA502ProblemWhenTheServiceIsDown() {
        given().when().get("/api/v1/cycles")
                .then().statusCode(502).contentType("application/problem+json")
                .body("title", equalTo("Bad gateway"))
                .body("detail", startsWith("The submissions service cannot be reached"))
                .body("instance", equalTo("/api/v1/cycles"));
    }

    @Test
    void unknownApiPathIsTheGatewaysOwn404Problem() {
        given().when().get("/api/v1/nothing").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("/api/v1/nothing"));
    }

    @Test
    void prefixMustMatchAWholeSegment() {
        given().when().get("/api/v1/initiativesXYZ").then().statusCode(404).contentType("application/problem+json");
    }
}

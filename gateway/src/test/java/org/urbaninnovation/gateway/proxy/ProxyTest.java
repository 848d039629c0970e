package org.urbaninnovation.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.urbaninnovation.gateway.stub.StubbedPlatform;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

@QuarkusTest
@TestProfile(StubbedPlatform.class)
class ProxyTest {

    @Test
    void forwardsByPrefixWithoutRewriting() {
        given().queryParam("q", "flood").queryParam("size", 5)
                .when().get("/api/v1/initiatives")
                .then().statusCode(200)
                .header("X-Stub", "catalog")
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/v1/initiatives?q=flood&size=5"));
    }

    @Test
    void eachPrefixGoesToItsOwnService() {
        given().when().get("/api/v1/initiatives/xianning/similar-not").then().statusCode(200).header("X-Stub", "catalog")
                .body("path", equalTo("/api/v1/initiatives/xianning/similar-not"));
        given().when().get("/api/v1/aggregates").then().statusCode(200).header("X-Stub", "metrics");
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/audit").then().statusCode(200).header("X-Stub", "submissions");
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/assignments/7").then().statusCode(200).header("X-Stub", "submissions");
    }

    @Test
    void theServiceStatusAndBodyPassThrough() {
        given().when().get("/api/v1/cities/missing").then().statusCode(404).header("X-Stub", "catalog")
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void tellsTheServiceWhoTheClientIsAndWhatItAddressed() {
        given().header("Host", "awards.example.org").when().get("/api/v1/themes").then().statusCode(200)
                .body("headers.x-forwarded-host", equalTo("awards.example.org"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-port", equalTo("80"))
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.forwarded", equalTo("for=127.0.0.1;host=\"awards.example.org\";proto=http"));
    }

    @Test
    void clientsCannotForgeForwardedHeaders() {
        given().header("Host", "awards.example.org:8443").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "gopher").header("X-Forwarded-For", "10.6.6.6").header("Forwarded", "for=10.6.6.6")
                .header("X-Real-IP", "10.6.6.6")
                .when().get("/api/v1/themes").then().statusCode(200)
                .body("headers.x-forwarded-host", equalTo("awards.example.org:8443"))
                .body("headers.x-forwarded-port", equalTo("8443"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-real-ip", nullValue());
    }

    @Test
    void hopByHopHeadersStayOnTheirHop() {
        given().header("Connection", "keep-alive, X-Hop-Secret").header("X-Hop-Secret", "s").header("Keep-Alive", "timeout=5")
                .header("TE", "trailers").header("Proxy-Authorization", "Basic eA==").header("Upgrade", "websocket")
                .header("X-End-To-End", "kept")
                .when().get("/api/v1/themes").then().statusCode(200)
                .body("headers.x-hop-secret", nullValue())
                .body("headers.keep-alive", nullValue())
                .body("headers.te", nullValue())
                .body("headers.proxy-authorization", nullValue())
                .body("headers.upgrade", nullValue())
                .body("headers.x-end-to-end", equalTo("kept"));
    }

    @Test
    void aLocationTheServiceBuiltFromItsOwnAddressPointsAtTheGateway() {
        given().header("Host", "awards.example.org").auth().oauth2(Tokens.admin()).when().post("/api/v1/cities/created")
                .then().statusCode(201).header("Location", "http://awards.example.org/api/v1/cities/new-city");
    }

    @Test
    void forwardsAValidTokenAndTheBody() {
        String token = Tokens.admin();
        given().auth().oauth2(token).contentType("application/json").body("{\"title\": \"x\"}")
                .when().post("/api/v1/initiatives")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("headers.authorization", equalTo("Bearer " + token))
                .body("bodyLength", equalTo(14));
    }

    @Test
    void internalFeedsAndTheServicesOwnEndpointsAreNeverReached() {
        given().when().get("/internal/v1/events").then().statusCode(404).contentType("application/problem+json")
                .header("X-Stub", nullValue());
        given().urlEncodingEnabled(false).when().get("/api/v1/initiatives/../../internal/v1/events").then().statusCode(404)
                .header("X-Stub", nullValue());
        given().urlEncodingEnabled(false).when().get("/api/v1/initiatives/%2e%2e/%2e%2e/internal/v1/events").then()
                .statusCode(404).header("X-Stub", nullValue());
        given().when().get("/q/openapi?format=json").then().statusCode(200).header("X-Stub", nullValue())
                .body("info.title", equalTo("Urban Innovation Award Platform API"));
    }

    @Test
    void unknownPathsAreTheGatewaysOwn404Problem() {
        given().when().get("/api/v1/nothing").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Nothing is found at /api/v1/nothing."));
        given().when().get("/api/v1/initiativesXYZ").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedBeforeItIsRead() {
        given().auth().oauth2(Tokens.admin()).contentType("application/octet-stream").body(new byte[1024 * 1024 + 1])
                .when().post("/api/v1/cities/upload")
                .then().statusCode(413).contentType("application/problem+json").header("X-Stub", nullValue());
    }

    @Test
    void aReadWhoseConnectionBrokeIsTriedAgainAndAWriteIsNot() {
        given().when().get("/api/v1/cities/flaky").then().statusCode(200).body("method", equalTo("GET"));
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body("{}").when().post("/api/v1/cities/flaky")
                .then().statusCode(502).contentType("application/problem+json")
                .body("detail", equalTo("The catalog service broke off its answer; try again shortly."));
    }

    @Test
    void requestsAreTimedPerRouteAndService() {
        given().when().get("/api/v1/themes").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(
                        "gateway_requests_seconds_count{route=\"/api/v1/themes\",status=\"2xx\",upstream=\"catalog\"}"));
    }

    static String stub(String service) {
        return ConfigProvider.getConfig().getValue("gateway.services." + service + ".url", String.class);
    }

    static int gatewayPort() {
        return RestAssured.port;
    }
}

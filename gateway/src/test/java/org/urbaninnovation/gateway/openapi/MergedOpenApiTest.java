package org.urbaninnovation.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.gateway.stub.StubbedPlatform;
import org.urbaninnovation.testsupport.openapi.ApiDocument;
import org.urbaninnovation.testsupport.openapi.ApiOperation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The gateway's /q/openapi holds every public operation of every service, as each service's own document lists it. */
@QuarkusTest
@TestProfile(StubbedPlatform.class)
class MergedOpenApiTest {

    @Test
    void everyRoutedOperationOfEachServiceIsInTheMergedDocumentTaggedWithItsService() {
        ApiDocument merged = ApiDocument.parse(given().accept("application/json").get("/q/openapi?format=json").asString());
        List<String> missing = new ArrayList<>();
        for (String service : List.of("catalog", "metrics", "submissions")) {
            String url = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getValue("gateway.services." + service + ".url", String.class);
            ApiDocument own = ApiDocument.parse(given().baseUri(url).port(-1).get("/q/openapi").asString());
            for (ApiOperation operation : own.operations()) {
                boolean routed = !operation.path().startsWith("/internal/") && !operation.path().equals("/api/v1/themes")
                        || service.equals("catalog") && operation.path().equals("/api/v1/themes");
                ApiOperation there = merged.operations().stream().filter(o -> o.name().equals(operation.name())).findFirst().orElse(null);
                if (routed && (there == null || !there.node().path("tags").path(0).asText().equals(service))) {
                    missing.add(service + ": " + operation.name());
                }
                if (!routed && there != null && there.node().path("tags").path(0).asText().equals(service)) {
                    missing.add(service + " should not be there: " + operation.name());
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(merged.operations().stream().anyMatch(o -> o.name().equals("GET /api/v1/initiatives/{idOrSlug}/profile")));
        assertTrue(merged.operations().stream().anyMatch(o -> o.name().equals("POST /auth/dev/sign-in")));
    }

    @Test
    void oneBearerSchemeAndItSaysHowToGetALocalToken() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.size()", equalTo(1))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearer.description", containsString("POST /auth/dev/sign-in"))
                .body("paths.'/api/v1/initiatives'.post.security[0].bearer[0]", equalTo("admin"));
    }

    @Test
    void theDocumentIsYamlByDefaultAsEveryServicesIs() {
        given().get("/q/openapi").then().statusCode(200).contentType(containsString("yaml"))
                .body(containsString("openapi: "));
    }
}

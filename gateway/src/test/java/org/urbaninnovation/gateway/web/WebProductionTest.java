package org.urbaninnovation.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.urbaninnovation.gateway.stub.Production;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** In production there is no demo-user sign-in; the OpenID Connect code flow is configured, and on by GATEWAY_OIDC. */
@QuarkusTest
@TestProfile(Production.class)
class WebProductionTest {

    @Test
    void theSignInPageListsNoDemoUserAndTheirFormIsA404() {
        given().when().get("/sign-in").then().statusCode(200)
                .body(not(containsString("Local platform only"))).body(not(containsString("sign-in-admin")));
        given().contentType("application/x-www-form-urlencoded").formParam("user", "admin").formParam("_csrf", "x")
                .when().post("/sign-in/dev").then().statusCode(404);
    }

    @Test
    void theAuthorizationCodeFlowWithPkceIsConfiguredForTheProvider() {
        var config = ConfigProvider.getConfig();
        assertEquals("web-app", config.getValue("quarkus.oidc.application-type", String.class));
        assertEquals(true, config.getValue("quarkus.oidc.authentication.pkce-required", Boolean.class));
        assertEquals("lax", config.getValue("quarkus.oidc.authentication.cookie-same-site", String.class));
        assertEquals("platform", config.getValue("quarkus.oidc.client-id", String.class));
        assertEquals(false, config.getValue("quarkus.oidc.tenant-enabled", Boolean.class));
    }
}

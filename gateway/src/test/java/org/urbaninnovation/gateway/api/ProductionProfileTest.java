package org.urbaninnovation.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.urbaninnovation.gateway.stub.Production;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** In the production profile the development issuer does not exist: no key, no sign-in, nothing in the document. */
@QuarkusTest
@TestProfile(Production.class)
class ProductionProfileTest {

    @Test
    void thereIsNoDevelopmentKeyInProduction() {
        assertEquals(false, ConfigProvider.getConfig().getValue("gateway.dev-issuer.enabled", Boolean.class));
        assertTrue(ConfigProvider.getConfig().getOptionalValue("gateway.dev-issuer.private-key-location", String.class).isEmpty());
    }

    @Test
    void signInIsANotFoundProblemInProduction() {
        given().contentType("application/json").body("{\"user\": \"admin\"}").when().post("/auth/dev/sign-in")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/auth/dev/users").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theDocumentHasNoSignInInProduction() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", not(hasKey("/auth/dev/sign-in")))
                .body("paths", not(hasKey("/auth/dev/users")))
                .body("components.securitySchemes.bearer.description", equalTo("An RS256 JWT from the platform's OpenID Connect provider."));
    }
}

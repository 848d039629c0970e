package org.urbaninnovation.gateway.stub;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The production profile with the pages' OpenID Connect sign-in on, against an OpenID Connect
 * provider on WireMock (quarkus-test-oidc-server: discovery, keys, authorization and token
 * endpoints, its own realm {@code quarkus} and client {@code quarkus-app}) (a user of role {@code user}).
 */
public class OidcSignIn implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "prod";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mp.jwt.verify.publickey.location", "test-jwt/publicKey.pem",
                "mp.jwt.verify.issuer", "https://issuer.test.urban-innovation",
                "gateway.web.oidc", "true",
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                "quarkus.oidc.client-id", "quarkus-app",
                "quarkus.oidc.credentials.secret", "secret",
                "GATEWAY_SESSION_SECRET", "a-test-session-secret-of-forty-two-characters",
                "quarkus.oidc.devservices.enabled", "false");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StubServices.class), new TestResourceEntry(OidcWiremockTestResource.class));
    }
}

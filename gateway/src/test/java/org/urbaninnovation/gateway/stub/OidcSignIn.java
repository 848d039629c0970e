package org.urbaninnovation.gateway.stub;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The production profile with the pages' OpenID Connect sign-in on, against an OpenID Connect
 * provider on WireMock (quarkus-test-oidc-server: discovery, keys, authorization and token
 * endpoints, its own realm {@code quarkus} and client {@code quarkus-app}).
 */
public class OidcSignIn extends Production {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.putAll(Map.of("gateway.web.oidc", "true",
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                "quarkus.oidc.client-id", "quarkus-app",
                "quarkus.oidc.credentials.secret", "secret",
                "GATEWAY_SESSION_SECRET", "a-test-session-secret-of-forty-two-characters",
                "quarkus.oidc.devservices.enabled", "false"));
        return overrides;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        List<TestResourceEntry> resources = new ArrayList<>(super.testResources());
        resources.add(new TestResourceEntry(OidcWiremockTestResource.class));
        return resources;
    }
}

package org.urbaninnovation.gateway.infrastructure.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.gateway.domain.Route;
import org.urbaninnovation.gateway.domain.RouteTable;
import org.urbaninnovation.gateway.infrastructure.openapi.OpenApiMerge.ServiceDocument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class OpenApiMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RouteTable routes = new RouteTable(List.of(new Route("/api/v1/initiatives", "catalog", true),
            new Route("/api/v1/themes", "catalog", true), new Route("/api/v1/indicators", "metrics", true),
            new Route("/api/v1/outcomes", "metrics", true), new Route("/api/v1/cycles", "submissions", false),
            new Route("/api/v1/audit", "submissions", false)));
    private final JsonNode own = read("""
            {"openapi": "3.1.0", "info": {"title": "Gateway", "version": "1.0.0", "description": "The gateway."},
             "paths": {"/api/v1/initiatives/{idOrSlug}/profile": {"get": {"operationId": "ProfileResource_profile", "summary": "x"}},
                       "/auth/dev/sign-in": {"post": {"operationId": "DevSignInResource_signIn", "summary": "y"}}},
             "components": {}}""");

    private JsonNode merged(boolean devIssuer, ServiceDocument... services) {
        return new OpenApiMerge(routes).merge(own, List.of(services), "how to get a token", devIssuer);
    }

    @Test
    void everyRoutedOperationOfEveryServiceIsThereTaggedWithItsService() {
        JsonNode doc = merged(true, stub("catalog"), stub("metrics"), stub("submissions"));
        assertEquals(List.of("GET /api/v1/audit submissions", "GET /api/v1/cycles submissions", "GET /api/v1/indicators metrics",
                "GET /api/v1/initiatives catalog", "GET /api/v1/initiatives/{idOrSlug} catalog",
                "GET /api/v1/initiatives/{idOrSlug}/profile gateway", "GET /api/v1/outcomes metrics", "GET /api/v1/themes catalog",
                "POST /api/v1/initiatives catalog", "POST /auth/dev/sign-in gateway"), operations(doc));
    }

    @Test
    void internalOperationsAndPathsRoutedToAnotherServiceAreLeftOut() {
        JsonNode doc = merged(true, stub("catalog"), stub("metrics"), stub("submissions"));
        assertFalse(doc.path("paths").has("/internal/v1/events"));
        assertFalse(doc.path("paths").has("/internal/v1/projection"));
        assertEquals("The award's domains", doc.at("/paths/~1api~1v1~1themes/get/summary").asText());
    }

    @Test
    void oneBearerSchemeNamedByEveryProtectedOperationWithItsRoles() {
        JsonNode doc = merged(true, stub("catalog"), stub("metrics"), stub("submissions"));
        assertEquals(List.of("bearer"), names(doc.path("components").path("securitySchemes")));
        assertEquals("bearer", doc.at("/components/securitySchemes/bearer/scheme").asText());
        assertEquals("[{\"bearer\":[\"admin\"]}]", doc.at("/paths/~1api~1v1~1initiatives/post/security").toString());
        assertEquals("[{\"bearer\":[\"admin\"]}]", doc.at("/paths/~1api~1v1~1audit/get/security").toString());
    }

    @Test
    void componentsThatClashAreKeptForEachServiceWithTheirReferences() {
        JsonNode doc = merged(true, stub("catalog"), stub("metrics"));
        JsonNode schemas = doc.path("components").path("schemas");
        assertTrue(schemas.has("Page") && schemas.has("metrics.Page"), schemas.toString());
        assertEquals("#/components/schemas/metrics.Page",
                doc.at("/paths/~1api~1v1~1indicators/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/Page",
                doc.at("/paths/~1api~1v1~1themes/get/responses/200/content/application~1json/schema/$ref").asText());
    }

    @Test
    void aServiceThatIsDownIsLeftOutAndNamedAndTheRestIsServed() {
        JsonNode doc = merged(true, stub("catalog"), new ServiceDocument("metrics", null, "Connection refused"));
        assertTrue(doc.at("/info/description").asText().endsWith("could not be read: metrics (Connection refused)."),
                doc.at("/info/description").asText());
        assertTrue(doc.path("paths").has("/api/v1/themes"));
        assertFalse(doc.path("paths").has("/api/v1/indicators"));
    }

    @Test
    void withoutTheDevelopmentIssuerItsOperationsAreNotDocumented() {
        JsonNode doc = merged(false, stub("catalog"));
        assertFalse(doc.path("paths").has("/auth/dev/sign-in"));
        assertTrue(doc.path("paths").has("/api/v1/initiatives/{idOrSlug}/profile"));
    }

    private static List<String> operations(JsonNode doc) {
        List<String> operations = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> operations.add(
                method.getKey().toUpperCase() + " " + path.getKey() + " " + method.getValue().path("tags").path(0).asText())));
        operations.sort(null);
        return operations;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static ServiceDocument stub(String service) {
        try (InputStream in = OpenApiMergeTest.class.getClassLoader().getResourceAsStream("stub-openapi/" + service + ".json")) {
            return new ServiceDocument(service, JSON.readTree(in), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.urbaninnovation.catalog.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.testsupport.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The OpenAPI document is what the service does: every request body it describes has an example,
 * each example is accepted with the success status the document gives, and every operation names
 * a declared security scheme. The examples are read from {@code /q/openapi}, not copied, so this
 * checks the document itself.
 */
@QuarkusTest
class OpenApiExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The tests' own resource ({@code conventions/ProbeResource}), not the service's. */
    private static final String PROBES = "/test/";

    /** What a replacement applies to: the path with its id, and the ETag to send as If-Match. */
    private record Target(String path, String ifMatch) {
    }

    private final List<UUID> initiativesToWithdraw = new ArrayList<>();

    private static JsonNode document() throws Exception {
        return JSON.readTree(given().accept(ContentType.JSON).when().get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }

    /** The one success status the document gives for an operation. */
    private static int documentedSuccess(JsonNode operation, String name) {
        List<String> success = new ArrayList<>();
        operation.path("responses").fieldNames().forEachRemaining(code -> {
            if (code.startsWith("2")) {
                success.add(code);
            }
        });
        assertEquals(1, success.size(), name + " documents one success: " + success);
        return Integer.parseInt(success.get(0));
    }

    private static ExtractableResponse<Response> send(String method, String path, String body, String ifMatch) {
        var request = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().request(method, path).then().extract();
    }

    /** An initiative or a city of its own for a replacement, so that each example applies to a resource that exists. */
    private Target target(String path) {
        if (path.equals("/api/v1/initiatives/{id}")) {
            CatalogFixtures.Created created = CatalogFixtures.create("Target of the documented replacement");
            initiativesToWithdraw.add(created.id());
            return new Target("/api/v1/initiatives/" + created.id(), created.etag());
        }
        if (path.equals("/api/v1/cities/{id}")) {
            var city = send("POST", "/api/v1/cities", "{\"name\": \"Replacement Target\", \"country\": \"Testland\"}", null);
            assertEquals(201, city.statusCode(), city.asString());
            return new Target("/api/v1/cities/" + city.path("id"), city.header("ETag"));
        }
        assertFalse(path.contains("{"), "no target is prepared for " + path);
        return new Target(path, null);
    }

    @Test
    void everyRequestBodyHasAnExampleAcceptedWithTheDocumentedStatus() throws Exception {
        JsonNode document = document();
        Set<String> checked = new TreeSet<>();
        for (var path : iterable(document.path("paths").fields())) {
            for (var operation : iterable(path.getValue().fields())) {
                JsonNode body = operation.getValue().path("requestBody");
                if (body.isMissingNode() || path.getKey().startsWith(PROBES)) {
                    continue;
                }
                String name = operation.getKey() + " " + path.getKey();
                JsonNode examples = body.path("content").path("application/json").path("examples");
                assertFalse(examples.isEmpty(), name + " shows an example of its request body");
                int documented = documentedSuccess(operation.getValue(), name);
                for (JsonNode example : examples) {
                    Target target = target(path.getKey());
                    var answer = send(operation.getKey().toUpperCase(), target.path(), example.path("value").toString(),
                            target.ifMatch());
                    assertEquals(documented, answer.statusCode(), name + ": " + answer.asString());
                    rememberCreatedInitiatives(path.getKey(), operation.getKey(), answer);
                }
                checked.add(name);
            }
        }
        assertEquals(new TreeSet<>(List.of("post /api/v1/initiatives", "put /api/v1/initiatives/{id}",
                "post /api/v1/initiatives/import", "post /api/v1/cities", "put /api/v1/cities/{id}")), checked);
        withdrawWithTheDocumentedStatus(document);
    }

    @Test
    void everyOperationNamesADeclaredSecuritySchemeOrNone() throws Exception {
        JsonNode document = document();
        Set<String> declared = new HashSet<>();
        document.path("components").path("securitySchemes").fieldNames().forEachRemaining(declared::add);
        assertEquals(Set.of("bearer"), declared);
        List<String> protectedOperations = new ArrayList<>();
        for (var path : iterable(document.path("paths").fields())) {
            for (var operation : iterable(path.getValue().fields())) {
                for (JsonNode requirement : operation.getValue().path("security")) {
                    requirement.fieldNames().forEachRemaining(scheme -> assertTrue(declared.contains(scheme),
                            operation.getKey() + " " + path.getKey() + " names the undeclared scheme " + scheme));
                    protectedOperations.add(operation.getKey() + " " + path.getKey());
                }
            }
        }
        assertTrue(protectedOperations.contains("delete /api/v1/initiatives/{id}"), protectedOperations.toString());
        assertTrue(protectedOperations.contains("get /internal/v1/events"), protectedOperations.toString());
        assertFalse(protectedOperations.contains("get /api/v1/initiatives"), "public reads need no token");
    }

    private void rememberCreatedInitiatives(String path, String method, ExtractableResponse<Response> answer) {
        if (!method.equals("post")) {
            return;
        }
        if (path.equals("/api/v1/initiatives")) {
            initiativesToWithdraw.add(UUID.fromString(answer.path("id")));
        } else if (path.equals("/api/v1/initiatives/import")) {
            answer.<List<String>>path("ids").forEach(id -> initiativesToWithdraw.add(UUID.fromString(id)));
        }
    }

    /** Other tests count fourteen published initiatives: what the examples published is withdrawn again. */
    private void withdrawWithTheDocumentedStatus(JsonNode document) {
        int documented = documentedSuccess(document.at("/paths/~1api~1v1~1initiatives~1{id}/delete"), "withdraw");
        for (UUID id : initiativesToWithdraw) {
            String etag = given().auth().oauth2(Tokens.admin()).when().get("/api/v1/initiatives/" + id).then()
                    .statusCode(200).extract().header("ETag");
            assertEquals(documented, send("DELETE", "/api/v1/initiatives/" + id, null, etag).statusCode());
        }
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}

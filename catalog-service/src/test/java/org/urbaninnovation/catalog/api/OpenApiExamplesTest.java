package org.urbaninnovation.catalog.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * The OpenAPI document is what the service does: every request body example it shows is accepted,
 * with the success status it documents, and every operation names a declared security scheme. The
 * examples are read from {@code /q/openapi}, not copied, so this checks the document itself.
 */
@QuarkusTest
class OpenApiExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document() throws Exception {
        return JSON.readTree(given().accept(ContentType.JSON).when().get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }

    /** The one example at this JSON pointer of the document, as the body to send. */
    private static String example(JsonNode document, String pointer) {
        JsonNode example = document.at(pointer);
        assertFalse(example.isMissingNode(), "the document shows an example at " + pointer);
        return example.toString();
    }

    /** The one success status the document gives for an operation. */
    private static int documentedSuccess(JsonNode document, String path, String method) {
        List<String> codes = new ArrayList<>();
        document.path("paths").path(path).path(method).path("responses").fieldNames()
                .forEachRemaining(code -> codes.add(code));
        List<String> success = codes.stream().filter(code -> code.startsWith("2")).toList();
        assertEquals(1, success.size(), method + " " + path + " documents one success: " + codes);
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

    @Test
    void everyRequestExampleIsAcceptedWithTheDocumentedStatus() throws Exception {
        JsonNode document = document();
        String initiative = example(document, "/components/schemas/InitiativeRequest/examples/0");
        String imported = example(document,
                "/paths/~1api~1v1~1initiatives~1import/post/requestBody/content/application~1json/examples/two initiatives/value");
        String city = example(document, "/components/schemas/CityRequest/examples/0");
        List<UUID> created = new ArrayList<>();

        var published = send("POST", "/api/v1/initiatives", initiative, null);
        assertEquals(documentedSuccess(document, "/api/v1/initiatives", "post"), published.statusCode(), published.asString());
        UUID id = UUID.fromString(published.path("id"));
        created.add(id);
        var replaced = send("PUT", "/api/v1/initiatives/" + id, initiative, published.header("ETag"));
        assertEquals(documentedSuccess(document, "/api/v1/initiatives/{id}", "put"), replaced.statusCode(), replaced.asString());

        var importedAll = send("POST", "/api/v1/initiatives/import", imported, null);
        assertEquals(documentedSuccess(document, "/api/v1/initiatives/import", "post"), importedAll.statusCode(),
                importedAll.asString());
        assertEquals(2, (int) importedAll.path("imported"));
        importedAll.<List<String>>path("ids").forEach(imp -> created.add(UUID.fromString(imp)));

        var added = send("POST", "/api/v1/cities", city, null);
        assertEquals(documentedSuccess(document, "/api/v1/cities", "post"), added.statusCode(), added.asString());
        var corrected = send("PUT", "/api/v1/cities/" + added.path("id"), city, added.header("ETag"));
        assertEquals(documentedSuccess(document, "/api/v1/cities/{id}", "put"), corrected.statusCode(), corrected.asString());

        int withdrawn = documentedSuccess(document, "/api/v1/initiatives/{id}", "delete");
        for (UUID each : created) {
            String etag = given().auth().oauth2(Tokens.admin()).when().get("/api/v1/initiatives/" + each).then()
                    .statusCode(200).extract().header("ETag");
            assertEquals(withdrawn, send("DELETE", "/api/v1/initiatives/" + each, null, etag).statusCode());
        }
    }

    @Test
    void everyOperationNamesADeclaredSecuritySchemeOrNone() throws Exception {
        JsonNode document = document();
        Set<String> declared = new HashSet<>();
        document.path("components").path("securitySchemes").fieldNames().forEachRemaining(declared::add);
        assertEquals(Set.of("bearer"), declared);
        List<String> protectedOperations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            for (JsonNode requirement : operation.getValue().path("security")) {
                requirement.fieldNames().forEachRemaining(scheme -> assertTrue(declared.contains(scheme),
                        operation.getKey() + " " + path.getKey() + " names the undeclared scheme " + scheme));
                protectedOperations.add(operation.getKey() + " " + path.getKey());
            }
        }));
        assertTrue(protectedOperations.contains("delete /api/v1/initiatives/{id}"), protectedOperations.toString());
        assertTrue(protectedOperations.contains("get /internal/v1/events"), protectedOperations.toString());
        assertFalse(protectedOperations.contains("get /api/v1/initiatives"), "public reads need no token");
    }
}

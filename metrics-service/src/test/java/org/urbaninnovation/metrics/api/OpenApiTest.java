package org.urbaninnovation.metrics.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.urbaninnovation.metrics.CaughtUp;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The OpenAPI document tells the truth this service owns: statuses, nullability, formats, examples, security. */
@QuarkusTest
class OpenApiTest {

    /** The formats JSON Schema and the OpenAPI format registry define that this document may use. */
    private static final Set<String> KNOWN_FORMATS = Set.of("int32", "int64", "float", "double", "date", "date-time",
            "uuid", "uri", "email", "byte", "binary", "password");

    private JsonPath openApi;

    @BeforeAll
    static void projection() {
        CaughtUp.projection();
    }

    @BeforeEach
    void read() {
        openApi = given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyRequestBodyExampleIsAcceptedWithItsDocumentedStatus() {
        Map<String, Map<String, Object>> examples =
                openApi.getMap("paths.'/api/v1/observations'.post.requestBody.content.'application/json'.examples");
        assertFalse(examples.isEmpty());
        Set<String> documented = openApi.<String, Object>getMap("paths.'/api/v1/observations'.post.responses").keySet();
        for (Map<String, Object> example : examples.values()) {
            int status = given().auth().oauth2(Tokens.admin()).contentType("application/json").body(example.get("value"))
                    .when().post("/api/v1/observations").then().extract().statusCode();
            assertTrue(documented.contains(String.valueOf(status)), status + " is not among " + documented);
            assertEquals(200, status);
        }
    }

    @Test
    void theIngestDocumentsItsAnswerAndItsLimits() {
        String body = "paths.'/api/v1/observations'.post.requestBody.content.'application/json'.schema";
        assertEquals(1000, openApi.getInt(body + ".maxItems"));
        assertEquals(1, openApi.getInt(body + ".minItems"));
        assertEquals("#/components/schemas/Recorded",
                openApi.getString("paths.'/api/v1/observations'.post.responses.'200'.content.'application/json'.schema.'$ref'"));
        String row = "components.schemas.ObservationRequest";
        assertEquals(List.of("initiativeId", "indicator", "phase", "unit"), openApi.getList(row + ".required"));
        assertEquals(List.of("number", "null"), openApi.getList(row + ".properties.value.type"));
        assertEquals(1.0e15, openApi.getDouble(row + ".properties.value.exclusiveMaximum"));
        assertEquals(List.of("string", "null"), openApi.getList(row + ".properties.period.type"));
        assertEquals(10, openApi.getInt(row + ".properties.period.maxLength"));
        assertEquals(2000, openApi.getInt("components.schemas.Source.properties.quote.maxLength"));
    }

    @Test
    void theRollupRebuildDocumentsTheNoContentItAnswers() {
        assertEquals(Set.of("204", "401", "403"), openApi.<String, Object>getMap("paths.'/internal/v1/rollup/rebuild'.post.responses").keySet());
        given().auth().oauth2(Tokens.admin()).when().post("/internal/v1/rollup/rebuild").then().statusCode(204);
    }

    @Test
    void theProjectionStatusDeclaresWhatMayBeNullAndTheLagInSeconds() {
        String status = "components.schemas.ProjectionStatus.properties";
        assertEquals(List.of("string", "null"), openApi.getList(status + ".lastError.type"));
        assertEquals(List.of("string", "null"), openApi.getList(status + ".caughtUpAt.type"));
        assertEquals("number", openApi.getString(status + ".lag.type"));
        given().auth().oauth2(Tokens.admin()).when().get("/internal/v1/projection").then().statusCode(200)
                .body("lastError", equalTo(null));
    }

    @Test
    void onlyFormatsThatExistAndOnlyTheDeclaredSecurityScheme() {
        Set<String> formats = new TreeSet<>();
        Set<String> schemes = new TreeSet<>();
        walk(openApi.getMap(""), formats, schemes);
        assertTrue(KNOWN_FORMATS.containsAll(formats), "unknown formats among " + formats);
        assertEquals(Set.of("bearer"), schemes);
        assertEquals(Set.of("bearer"), openApi.<String, Object>getMap("components.securitySchemes").keySet());
    }

    /** Collects every schema format and every scheme that a security requirement names. */
    @SuppressWarnings("unchecked")
    private static void walk(Object node, Set<String> formats, Set<String> schemes) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("format") instanceof String format) {
                formats.add(format);
            }
            if (map.get("security") instanceof List<?> requirements) {
                requirements.forEach(r -> schemes.addAll(((Map<String, Object>) r).keySet()));
            }
            map.values().forEach(value -> walk(value, formats, schemes));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> walk(value, formats, schemes));
        }
    }
}

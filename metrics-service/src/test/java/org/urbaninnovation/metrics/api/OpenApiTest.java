package org.urbaninnovation.metrics.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.urbaninnovation.metrics.CaughtUp;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What the metrics document says beyond the shared contract (OpenApiContractTest): the ingest's limits, the rebuild's 204, the projection status. */
@QuarkusTest
class OpenApiTest {

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
        assertEquals(2000, openApi.getInt("components.schemas.SourceRequest.properties.quote.maxLength"));
    }

    @Test
    void theRollupRebuildDocumentsTheNoContentItAnswers() {
        assertEquals(Set.of("204", "401", "403", "503"), openApi.<String, Object>getMap("paths.'/internal/v1/rollup/rebuild'.post.responses").keySet());
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
}

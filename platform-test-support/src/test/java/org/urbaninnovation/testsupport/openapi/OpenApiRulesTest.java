package org.urbaninnovation.testsupport.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Each rule finds what the deliberately wrong document breaks, and nothing in the right one. */
class OpenApiRulesTest {

    private static final OpenApiRules WRONG = new OpenApiRules(load("wrong.json"));
    private static final OpenApiRules RIGHT = new OpenApiRules(load("right.json"));

    @Test
    void theRightDocumentPassesEveryRule() {
        assertEquals(List.of(), RIGHT.all());
    }

    @Test
    void aDanglingSecurityReferenceAndANonBearerSchemeAreFound() {
        assertFinds(WRONG.security(), "POST /things: security requirement names 'jwt', which is not declared",
                "security: scheme 'SecurityScheme' is not an HTTP bearer scheme");
    }

    @Test
    void undocumentedErrorsAndErrorsWithoutTheProblemSchemaAreFound() {
        assertFinds(WRONG.errorResponses(), "components.schemas.Problem: missing, or without status and violations",
                "GET /things: does not document 400", "POST /things: does not document 403",
                "POST /things: does not document 415", "POST /things: 400 is not application/problem+json with the Problem schema");
    }

    @Test
    void aMissingSuccessAndAnEmptySuccessSchemaAreFound() {
        assertFinds(WRONG.successResponses(), "POST /things: documents no 2xx answer",
                "GET /things: 200 application/json has an empty schema");
    }

    @Test
    void unboundedStringsAndArraysOfRequestsAreFound() {
        assertFinds(WRONG.boundedRequests(), "GET /things parameter q: a string without maxLength",
                "GET /things parameter slug: a string without maxLength",
                "POST /things body.name: a string without maxLength", "POST /things body.tags: an array without maxItems");
    }

    @Test
    void aFormatThatDoesNotExistIsFound() {
        assertFinds(WRONG.formats(), "/components/schemas/Thing/properties/lag: unknown format 'duration'");
    }

    @Test
    void missingSummariesTagsAndDuplicateOperationIdsAreFound() {
        assertFinds(WRONG.described(), "GET /things: no summary", "POST /things: no tag",
                "POST /things: operationId 'things' is used twice");
    }

    private static void assertFinds(List<String> findings, String... expected) {
        for (String finding : expected) {
            assertTrue(findings.contains(finding), "expected '" + finding + "' among " + findings);
        }
    }

    private static ApiDocument load(String name) {
        try (InputStream in = OpenApiRulesTest.class.getResourceAsStream("/openapi/" + name)) {
            return ApiDocument.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

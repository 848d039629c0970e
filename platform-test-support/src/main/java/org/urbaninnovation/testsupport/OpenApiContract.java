package org.urbaninnovation.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.testsupport.openapi.ApiDocument;
import org.urbaninnovation.testsupport.openapi.ApiOperation;
import org.urbaninnovation.testsupport.openapi.OpenApiRules;
import org.urbaninnovation.testsupport.openapi.ResponseShape;
import org.urbaninnovation.testsupport.openapi.SchemaValues;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The service's {@code /q/openapi} is the contract: it follows {@link OpenApiRules}, what it says
 * of security is what the service does, each documented request example is accepted with a
 * documented status, and answers have the shape their schemas document. A service's
 * {@code @QuarkusTest} extends it.
 */
public abstract class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where an operation needs an existing resource (a path id, an If-Match), the values under which its example applies. */
    public record Prepared(Map<String, String> pathValues, Map<String, String> headers) {
    }

    /**
     * For an operation with path parameters or an If-Match header: create or read what its example
     * applies to. Empty (the default) leaves that example unchecked, which the contract reports.
     */
    protected Optional<Prepared> prepare(ApiOperation operation) {
        return Optional.empty();
    }

    /**
     * Whether this contract sends the operation's example. A service whose examples only apply to
     * entities in a given phase of a workflow sends them in a scenario of its own test instead.
     */
    protected boolean sendsExample(ApiOperation operation) {
        return true;
    }

    /** Undoes what an accepted example made, where other tests count what exists. */
    protected void undo(ApiOperation operation, Response accepted) {
    }

    /** The operations checked: all but a test's own probes under {@code /test/}. */
    protected boolean covers(ApiOperation operation) {
        return !operation.path().startsWith("/test/");
    }

    /** A token for an operation's roles (null: a public operation): the secretariat's where it may, else the first role's. */
    protected String tokenFor(List<String> roles) {
        if (roles == null) {
            return null;
        }
        return roles.isEmpty() || roles.contains("admin") ? Tokens.admin() : Tokens.withRole(roles.get(0));
    }

    protected ApiDocument document() {
        return ApiDocument.parse(given().accept("application/json").when().get("/q/openapi?format=json").asString());
    }

    @Test
    void theDocumentFollowsTheRules() {
        report(new OpenApiRules(document()).all().stream().filter(f -> !f.contains(" /test/")).toList());
    }

    @Test
    void protectedOperationsRefuseAnonymousCallersAndOnlyThey() {
        ApiDocument doc = document();
        SchemaValues values = new SchemaValues(doc);
        List<String> findings = new ArrayList<>();
        for (ApiOperation operation : doc.operations().stream().filter(this::covers).toList()) {
            Response response = request(operation, values, null, Map.of(), Map.of());
            if (operation.secured() && response.statusCode() != 401) {
                findings.add(operation.name() + ": documented as protected, answers " + response.statusCode() + " without a token");
            }
            if (!operation.secured() && (response.statusCode() == 401 || response.statusCode() == 403)) {
                findings.add(operation.name() + ": documented as public, answers " + response.statusCode() + " without a token");
            }
        }
        report(findings);
    }

    @Test
    void documentedExamplesAreAcceptedWithADocumentedStatus() {
        ApiDocument doc = document();
        SchemaValues values = new SchemaValues(doc);
        List<String> findings = new ArrayList<>();
        for (ApiOperation operation : doc.operations().stream().filter(this::covers).toList()) {
            if (operation.requestBody().isEmpty()) {
                continue;
            }
            if (values.example(operation).isEmpty()) {
                findings.add(operation.name() + ": its request body has no example");
                continue;
            }
            if (!sendsExample(operation)) {
                continue;
            }
            boolean needsPreparation = !operation.parameters("path").isEmpty() || operation.hasHeader("If-Match");
            Optional<Prepared> prepared = needsPreparation ? prepare(operation) : Optional.of(new Prepared(Map.of(), Map.of()));
            if (prepared.isEmpty()) {
                findings.add(operation.name() + ": its example needs an existing resource; prepare() gives none");
                continue;
            }
            Response response = request(operation, values, tokenFor(operation.secured() ? operation.roles() : null),
                    prepared.get().pathValues(), prepared.get().headers());
            String status = Integer.toString(response.statusCode());
            if (status.startsWith("2")) {
                undo(operation, response);
            }
            if (!status.startsWith("2") || !operation.successStatuses().contains(status)) {
                findings.add(operation.name() + ": its example got " + status + " (documented " + operation.successStatuses()
                        + "): " + response.asString());
            }
        }
        report(findings);
    }

    @Test
    void answersHaveTheDocumentedShape() {
        ApiDocument doc = document();
        SchemaValues values = new SchemaValues(doc);
        ResponseShape shape = new ResponseShape(doc);
        List<String> findings = new ArrayList<>();
        for (ApiOperation operation : doc.operations().stream().filter(this::covers).toList()) {
            boolean plainRead = operation.method().equals("GET") && operation.parameters("path").isEmpty()
                    && operation.parameters().stream().noneMatch(p -> p.path("required").asBoolean());
            JsonNode schema = operation.responses().path("200").path("content").path("application/json").path("schema");
            if (!plainRead || schema.isMissingNode()) {
                continue;
            }
            Response response = request(operation, values, tokenFor(operation.secured() ? operation.roles() : null),
                    Map.of(), Map.of("Accept", "application/json"));
            if (response.statusCode() != 200) {
                findings.add(operation.name() + ": answered " + response.statusCode() + " to a plain read");
                continue;
            }
            try {
                List<String> found = new ArrayList<>();
                shape.check(schema, JSON.readTree(response.asString()), operation.name(), found);
                // One finding per field, not per item of a list.
                found.stream().map(f -> f.replaceAll("\\[\\d+]", "[]")).distinct().forEach(findings::add);
            } catch (java.io.IOException e) {
                findings.add(operation.name() + ": the answer is not JSON");
            }
        }
        report(findings);
    }

    private static Response request(ApiOperation operation, SchemaValues values, String token,
            Map<String, String> pathValues, Map<String, String> headers) {
        RequestSpecification spec = given().redirects().follow(false).config(RestAssuredConfig.config()
                .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        String url = operation.path();
        for (JsonNode parameter : operation.parameters()) {
            String name = parameter.path("name").asText();
            switch (parameter.path("in").asText()) {
                case "path" -> url = url.replace("{" + name + "}", pathValues.getOrDefault(name, values.parameter(parameter)));
                case "query" -> {
                    if (parameter.path("required").asBoolean()) {
                        spec.queryParam(name, values.parameter(parameter));
                    }
                }
                case "header" -> {
                    if (name.equalsIgnoreCase("Idempotency-Key")) {
                        spec.header(name, UUID.randomUUID().toString());
                    }
                }
                default -> {
                }
            }
        }
        headers.forEach(spec::header);
        if (token != null) {
            spec.header("Authorization", "Bearer " + token);
        }
        Optional<String> type = operation.jsonMediaType();
        if (type.isPresent()) {
            spec.contentType(type.get()).body(values.body(operation).map(JsonNode::toString).orElse("{}"));
        }
        return spec.request(operation.method(), url);
    }

    private static void report(List<String> findings) {
        assertTrue(findings.isEmpty(), findings.size() + " findings:\n" + String.join("\n", findings));
    }
}

package org.urbaninnovation.testsupport.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What makes an OpenAPI document a contract a client can rely on, as static rules over the
 * document (in the spirit of Spectral's {@code spectral:oas} and the OWASP API Security Top 10
 * 2023 rulesets): each method returns findings, empty when the rule holds.
 */
public final class OpenApiRules {

    /** Formats of JSON Schema and OpenAPI that clients and validators know. */
    static final Set<String> KNOWN_FORMATS = Set.of("int32", "int64", "float", "double", "byte", "binary", "date",
            "date-time", "time", "password", "uuid", "uri", "uri-reference", "email", "hostname", "ipv4", "ipv6", "regex");
    /** Formats that bound a string's length by themselves. */
    private static final Set<String> BOUNDED_FORMATS = Set.of("uuid", "date", "date-time", "time", "int32", "int64");

    private final ApiDocument doc;

    public OpenApiRules(ApiDocument doc) {
        this.doc = doc;
    }

    public List<String> all() {
        List<String> findings = new ArrayList<>();
        findings.addAll(security());
        findings.addAll(errorResponses());
        findings.addAll(successResponses());
        findings.addAll(boundedRequests());
        findings.addAll(formats());
        findings.addAll(described());
        return findings;
    }

    /** One bearer scheme; every operation's requirement names a declared scheme (no dangling reference). */
    public List<String> security() {
        List<String> findings = new ArrayList<>();
        JsonNode schemes = doc.securitySchemes();
        if (schemes.size() != 1) {
            findings.add("security: expected exactly one security scheme, found " + schemes.size());
        }
        schemes.fields().forEachRemaining(scheme -> {
            JsonNode s = scheme.getValue();
            if (!"http".equals(s.path("type").asText()) || !"bearer".equalsIgnoreCase(s.path("scheme").asText())) {
                findings.add("security: scheme '" + scheme.getKey() + "' is not an HTTP bearer scheme");
            }
        });
        for (ApiOperation operation : doc.operations()) {
            operation.node().path("security").forEach(requirement -> requirement.fieldNames().forEachRemaining(name -> {
                if (!schemes.has(name)) {
                    findings.add(operation.name() + ": security requirement names '" + name + "', which is not declared");
                }
            }));
        }
        return findings;
    }

    /** Each status the platform's conventions make an operation able to answer, as problem+json with the shared schema. */
    public List<String> errorResponses() {
        List<String> findings = new ArrayList<>();
        JsonNode problem = doc.root().path("components").path("schemas").path("Problem");
        if (!problem.path("properties").has("violations") || !problem.path("properties").has("status")) {
            findings.add("components.schemas.Problem: missing, or without status and violations");
        }
        for (ApiOperation operation : doc.operations()) {
            Set<String> expected = new java.util.LinkedHashSet<>();
            boolean body = operation.requestBody().isPresent();
            if (body || !operation.parameters().isEmpty()) {
                expected.add("400");
            }
            expected.add("401");
            if (operation.secured()) {
                expected.add("403");
            }
            if (!operation.parameters("path").isEmpty()) {
                expected.add("404");
            }
            if (operation.hasHeader("If-Match")) {
                expected.add("412");
                expected.add("428");
            }
            if (body) {
                expected.add("413");
                expected.add("415");
            }
            for (String status : expected) {
                if (!operation.responses().has(status)) {
                    findings.add(operation.name() + ": does not document " + status);
                }
            }
            operation.responses().fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    JsonNode schema = doc.resolve(response.getValue()).path("content").path("application/problem+json").path("schema");
                    if (!"#/components/schemas/Problem".equals(schema.path("$ref").asText())) {
                        findings.add(operation.name() + ": " + response.getKey() + " is not application/problem+json with the Problem schema");
                    }
                }
            });
        }
        return findings;
    }

    /** A documented success, and for JSON successes a schema a client can generate a type from. */
    public List<String> successResponses() {
        List<String> findings = new ArrayList<>();
        for (ApiOperation operation : doc.operations()) {
            List<String> successes = operation.successStatuses();
            if (successes.isEmpty()) {
                findings.add(operation.name() + ": documents no 2xx answer");
            }
            for (String status : successes) {
                JsonNode json = doc.resolve(operation.responses().get(status)).path("content").path("application/json");
                if (!json.isMissingNode() && doc.resolve(json.path("schema")).isEmpty()) {
                    findings.add(operation.name() + ": " + status + " application/json has an empty schema");
                }
            }
        }
        return findings;
    }

    /** Every string of a request (parameter or body, nested) has a maximum length, every array a maximum size. */
    public List<String> boundedRequests() {
        List<String> findings = new ArrayList<>();
        for (ApiOperation operation : doc.operations()) {
            for (JsonNode parameter : operation.parameters()) {
                unbounded(parameter.path("schema"), operation.name() + " parameter " + parameter.path("name").asText(),
                        findings, new HashSet<>());
            }
            operation.requestSchema().ifPresent(schema -> unbounded(schema, operation.name() + " body", findings, new HashSet<>()));
        }
        return findings;
    }

    private void unbounded(JsonNode schemaOrRef, String where, List<String> findings, Set<String> seen) {
        if (schemaOrRef.has("$ref") && !seen.add(schemaOrRef.get("$ref").asText())) {
            return;
        }
        JsonNode schema = doc.resolve(schemaOrRef);
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(combinator).forEach(part -> unbounded(part, where, findings, seen));
        }
        Set<String> types = types(schema);
        if (types.contains("string") && !schema.has("maxLength") && !schema.has("enum") && !schema.has("const")
                && !BOUNDED_FORMATS.contains(schema.path("format").asText()) && !boundedPattern(schema.path("pattern").asText(null))) {
            findings.add(where + ": a string without maxLength");
        }
        if (types.contains("array")) {
            if (!schema.has("maxItems")) {
                findings.add(where + ": an array without maxItems");
            }
            unbounded(schema.path("items"), where + "[]", findings, seen);
        }
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            unbounded(property.getValue(), where + "." + property.getKey(), findings, seen);
        }
        if (schema.path("additionalProperties").isObject()) {
            unbounded(schema.path("additionalProperties"), where + ".*", findings, seen);
        }
    }

    /** A pattern without unbounded repetition ({@code *}, {@code +}, {@code {n,}}) bounds a string's length by itself. */
    static boolean boundedPattern(String pattern) {
        if (pattern == null) {
            return false;
        }
        String unescaped = pattern.replaceAll("\\\\.", "");
        return !unescaped.contains("*") && !unescaped.contains("+") && !unescaped.matches("(?s).*\\{\\d*,\\}.*");
    }

    /** Only formats that exist. */
    public List<String> formats() {
        List<String> findings = new ArrayList<>();
        walk(doc.root(), "", findings);
        return findings;
    }

    private static void walk(JsonNode node, String where, List<String> findings) {
        if (node.isObject()) {
            JsonNode format = node.get("format");
            if (format != null && format.isTextual() && node.has("type") && !KNOWN_FORMATS.contains(format.asText())) {
                findings.add(where + ": unknown format '" + format.asText() + "'");
            }
            node.fields().forEachRemaining(field -> walk(field.getValue(), where + "/" + field.getKey(), findings));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "/" + i, findings);
            }
        }
    }

    /** Every operation has a summary, a tag and a unique operationId (generated clients name their methods by it). */
    public List<String> described() {
        List<String> findings = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ApiOperation operation : doc.operations()) {
            if (operation.node().path("summary").asText().isBlank()) {
                findings.add(operation.name() + ": no summary");
            }
            if (operation.node().path("tags").isEmpty()) {
                findings.add(operation.name() + ": no tag");
            }
            String id = operation.node().path("operationId").asText();
            if (id.isBlank()) {
                findings.add(operation.name() + ": no operationId");
            } else if (!ids.add(id)) {
                findings.add(operation.name() + ": operationId '" + id + "' is used twice");
            }
        }
        return findings;
    }

    static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else {
            type.forEach(t -> types.add(t.asText()));
        }
        return types;
    }
}

package org.urbaninnovation.testsupport.openapi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** Whether an answer has the shape its schema documents: types, and null only where the schema allows it. */
public final class ResponseShape {

    private final ApiDocument doc;

    public ResponseShape(ApiDocument doc) {
        this.doc = doc;
    }

    public void check(JsonNode schemaOrRef, JsonNode value, String where, List<String> findings) {
        JsonNode schema = doc.resolve(schemaOrRef);
        if (schema.isMissingNode() || schema.isEmpty()) {
            return;
        }
        Set<String> types = OpenApiRules.types(schema);
        if (value.isNull() && (types.contains("null") || schema.path("nullable").asBoolean())) {
            return;
        }
        schema.path("allOf").forEach(part -> check(part, value, where, findings));
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (schema.has(combinator)) {
                List<String> best = null;
                for (JsonNode part : schema.get(combinator)) {
                    List<String> attempt = new ArrayList<>();
                    check(part, value, where, attempt);
                    if (best == null || attempt.size() < best.size()) {
                        best = attempt;
                    }
                }
                if (best != null) {
                    findings.addAll(best);
                }
                return;
            }
        }
        if (schema.has("allOf") && types.isEmpty()) {
            return;
        }
        if (value.isNull()) {
            if (!types.isEmpty() && !types.contains("null") && !schema.path("nullable").asBoolean()) {
                findings.add(where + " is null, but its schema does not declare it nullable");
            }
            return;
        }
        String actual = value.isTextual() ? "string" : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number"
                : value.isBoolean() ? "boolean" : value.isArray() ? "array" : "object";
        boolean fits = types.isEmpty() || types.contains(actual) || (actual.equals("integer") && types.contains("number"));
        if (!fits) {
            findings.add(where + " is " + actual + ", documented " + types);
            return;
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.path("items"), value.get(i), where + "[" + i + "]", findings);
            }
        } else if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode property = schema.path("properties").path(field.getKey());
                if (!property.isMissingNode()) {
                    check(property, field.getValue(), where + "." + field.getKey(), findings);
                } else if (schema.path("additionalProperties").isObject()) {
                    check(schema.get("additionalProperties"), field.getValue(), where + "." + field.getKey(), findings);
                }
            }
            schema.path("required").forEach(required -> {
                if (!value.has(required.asText())) {
                    findings.add(where + " lacks the required property " + required.asText());
                }
            });
        }
    }
}

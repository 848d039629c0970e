package org.urbaninnovation.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Custom resources checked as the API server checks them against their CRD's structural schema
 * (OpenAPI v3 subset): types, required fields, enums, patterns, bounds, and unknown fields, which
 * the server drops (or, with strict field validation, refuses) unless the schema preserves them.
 * The CEL rules (x-kubernetes-validations) are not evaluated. The CRDs are committed unmodified
 * under src/test/resources/crds, each with its source and version.
 */
final class CustomResourceSchemas {

    private static final List<String> CRDS = List.of(
            "postgresql.cnpg.io_clusters.yaml",
            "postgresql.cnpg.io_databases.yaml",
            "postgresql.cnpg.io_scheduledbackups.yaml",
            "monitoring.coreos.com_servicemonitors.yaml");

    /** "group/version Kind" → the version's openAPIV3Schema. */
    private static final Map<String, JsonNode> SCHEMAS = load();

    private CustomResourceSchemas() {
    }

    /** What is wrong with one custom resource; a kind no CRD describes is itself a problem. */
    static List<String> validate(JsonNode resource) {
        String key = resource.path("apiVersion").asString() + " " + resource.path("kind").asString();
        JsonNode schema = SCHEMAS.get(key);
        if (schema == null) {
            return List.of("no model and no CRD schema for " + key + " (a misspelt kind or apiVersion?)");
        }
        List<String> problems = new ArrayList<>();
        ObjectNode withoutMetadata = (ObjectNode) resource.deepCopy();
        // metadata is an ObjectMeta, checked by its typed model.
        withoutMetadata.putObject("metadata");
        check(withoutMetadata, schema, "", problems);
        return problems;
    }

    private static void check(JsonNode value, JsonNode schema, String path, List<String> problems) {
        String at = path.isEmpty() ? "(root)" : path;
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                problems.add(at + ": null is not allowed");
            }
            return;
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            if (!value.isIntegralNumber() && !value.isString()) {
                problems.add(at + ": expected an integer or a string, got " + value.getNodeType());
            }
            return;
        }
        String type = schema.path("type").asString("");
        switch (type) {
            case "object" -> checkObject(value, schema, path, problems);
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(at + ": expected an array, got " + value.getNodeType());
                    return;
                }
                bounds(value.size(), schema, "minItems", "maxItems", at, problems);
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), schema.path("items"), path + "[" + i + "]", problems);
                }
            }
            case "string" -> {
                if (!value.isString()) {
                    problems.add(at + ": expected a string, got " + value.getNodeType());
                    return;
                }
                bounds(value.stringValue().length(), schema, "minLength", "maxLength", at, problems);
                if (schema.has("pattern") && !Pattern.compile(schema.path("pattern").asString()).matcher(value.stringValue()).find()) {
                    problems.add(at + ": '" + value.stringValue() + "' does not match " + schema.path("pattern").asString());
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(at + ": expected an integer, got " + value.getNodeType());
                    return;
                }
                range(value, schema, at, problems);
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(at + ": expected a number, got " + value.getNodeType());
                    return;
                }
                range(value, schema, at, problems);
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(at + ": expected a boolean, got " + value.getNodeType());
                }
            }
            default -> {
                // No type: only x-kubernetes-preserve-unknown-fields (anything goes) reaches here.
            }
        }
        JsonNode allowed = schema.get("enum");
        if (allowed != null && !contains(allowed, value)) {
            problems.add(at + ": " + value + " is not one of " + allowed);
        }
    }

    private static void checkObject(JsonNode value, JsonNode schema, String path, List<String> problems) {
        String at = path.isEmpty() ? "(root)" : path;
        if (!value.isObject()) {
            problems.add(at + ": expected an object, got " + value.getNodeType());
            return;
        }
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asString())) {
                problems.add(prefix(path) + required.asString() + ": required");
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String fieldPath = prefix(path) + field.getKey();
            if (properties.has(field.getKey())) {
                check(field.getValue(), properties.get(field.getKey()), fieldPath, problems);
            } else if (additional != null && additional.isObject()) {
                check(field.getValue(), additional, fieldPath, problems);
            } else if (!preserve && !(additional != null && additional.asBoolean(false))) {
                problems.add(fieldPath + ": unknown field");
            }
        }
    }

    private static String prefix(String path) {
        return path.isEmpty() ? "" : path + ".";
    }

    private static void bounds(int size, JsonNode schema, String min, String max, String at, List<String> problems) {
        if (schema.has(min) && size < schema.path(min).asInt()) {
            problems.add(at + ": shorter than " + min + " " + schema.path(min).asInt());
        }
        if (schema.has(max) && size > schema.path(max).asInt()) {
            problems.add(at + ": longer than " + max + " " + schema.path(max).asInt());
        }
    }

    private static void range(JsonNode value, JsonNode schema, String at, List<String> problems) {
        if (schema.has("minimum") && value.asDouble() < schema.path("minimum").asDouble()) {
            problems.add(at + ": " + value + " is below the minimum " + schema.path("minimum"));
        }
        if (schema.has("maximum") && value.asDouble() > schema.path("maximum").asDouble()) {
            problems.add(at + ": " + value + " is above the maximum " + schema.path("maximum"));
        }
    }

    private static boolean contains(JsonNode allowed, JsonNode value) {
        for (JsonNode candidate : allowed) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, JsonNode> load() {
        YAMLMapper yaml = new YAMLMapper();
        Map<String, JsonNode> schemas = new HashMap<>();
        for (String file : CRDS) {
            try (InputStream in = CustomResourceSchemas.class.getResourceAsStream("/crds/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Missing CRD " + file + " under src/test/resources/crds");
                }
                for (JsonNode crd : yaml.readerFor(JsonNode.class).<JsonNode>readValues(in).readAll()) {
                    if (crd == null || crd.isNull() || crd.isEmpty()) {
                        continue;
                    }
                    JsonNode spec = crd.path("spec");
                    for (JsonNode version : spec.path("versions")) {
                        schemas.put(spec.path("group").asString() + "/" + version.path("name").asString() + " "
                                + spec.path("names").path("kind").asString(), version.path("schema").path("openAPIV3Schema"));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(schemas);
    }
}

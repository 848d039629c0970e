package org.urbaninnovation.testsupport.openapi;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** Values a document's schemas accept: its examples where it gives them, else the simplest value of each schema. */
public final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiDocument doc;

    public SchemaValues(ApiDocument doc) {
        this.doc = doc;
    }

    /** The operation's documented request body example, if it has one. */
    public Optional<JsonNode> example(ApiOperation operation) {
        return operation.jsonMediaType().flatMap(type -> {
            JsonNode media = operation.node().path("requestBody").path("content").path(type);
            if (media.has("example")) {
                return Optional.of(media.get("example"));
            }
            Iterator<JsonNode> examples = media.path("examples").elements();
            if (examples.hasNext()) {
                return Optional.of(doc.resolve(examples.next()).path("value"));
            }
            JsonNode schema = doc.resolve(media.path("schema"));
            return schema.has("example") ? Optional.of(schema.get("example")) : Optional.empty();
        });
    }

    /** The example, or a body built from the schema's required properties. */
    public Optional<JsonNode> body(ApiOperation operation) {
        return example(operation).or(() -> operation.requestSchema().map(schema -> sample(schema, 0)));
    }

    /** A parameter's value as text: its example, else the simplest value of its schema. */
    public String parameter(JsonNode parameter) {
        if (parameter.has("example")) {
            return parameter.get("example").asText();
        }
        JsonNode value = sample(parameter.path("schema"), 0);
        return value.isTextual() ? value.asText() : value.toString();
    }

    public JsonNode sample(JsonNode schemaOrRef, int depth) {
        JsonNode schema = doc.resolve(schemaOrRef);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("default")) {
            return schema.get("default");
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        if (schema.has("allOf") && schema.get("allOf").size() > 0) {
            return sample(schema.get("allOf").get(0), depth);
        }
        Set<String> types = OpenApiRules.types(schema);
        if (types.contains("object") || schema.has("properties")) {
            ObjectNode object = NODES.objectNode();
            if (depth < 6) {
                for (JsonNode required : schema.path("required")) {
                    String name = required.asText();
                    object.set(name, sample(schema.path("properties").path(name), depth + 1));
                }
            }
            return object;
        }
        if (types.contains("array")) {
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < schema.path("minItems").asInt(0); i++) {
                array.add(sample(schema.path("items"), depth + 1));
            }
            return array;
        }
        if (types.contains("integer") || types.contains("number")) {
            return schema.has("minimum") ? schema.get("minimum") : NODES.numberNode(1);
        }
        if (types.contains("boolean")) {
            return NODES.booleanNode(true);
        }
        return new TextNode(switch (schema.path("format").asText()) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> "2024-01-01";
            case "date-time" -> "2024-01-01T00:00:00Z";
            default -> "sample";
        });
    }

    /** Each leaf of a JSON value with its JSON-pointer path, for attacks on one field at a time. */
    public static void leaves(JsonNode value, String path, java.util.function.BiConsumer<String, JsonNode> each) {
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                each.accept(path + "/" + field.getKey(), field.getValue());
                leaves(field.getValue(), path + "/" + field.getKey(), each);
            }
        } else if (value.isArray() && value.size() > 0) {
            each.accept(path + "/0", value.get(0));
            leaves(value.get(0), path + "/0", each);
        }
    }
}

package org.urbaninnovation.testsupport.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** An OpenAPI 3 document read as JSON: its operations, and its schemas with {@code $ref} followed. */
public final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;

    public ApiDocument(JsonNode root) {
        this.root = root;
    }

    public static ApiDocument parse(String json) {
        try {
            return new ApiDocument(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("The OpenAPI document is not JSON", e);
        }
    }

    public JsonNode root() {
        return root;
    }

    public List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<JsonNode> shared = new ArrayList<>();
            path.getValue().path("parameters").forEach(p -> shared.add(resolve(p)));
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                List<JsonNode> parameters = new ArrayList<>(shared);
                method.getValue().path("parameters").forEach(p -> parameters.add(resolve(p)));
                operations.add(new ApiOperation(method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        method.getValue(), parameters));
            }
        }
        return operations;
    }

    /** The node a {@code $ref} points to (followed repeatedly), or the node itself. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 20 && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return MissingNode.getInstance();
            }
            current = root.at(ref.substring(1));
        }
        return current;
    }

    public JsonNode securitySchemes() {
        return root.path("components").path("securitySchemes");
    }
}

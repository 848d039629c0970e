package org.urbaninnovation.testsupport.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** One operation of an {@link ApiDocument}: method, path template, its node and its parameters (references resolved). */
public record ApiOperation(String method, String path, JsonNode node, List<JsonNode> parameters) {

    public String name() {
        return method + " " + path;
    }

    public boolean secured() {
        return node.path("security").size() > 0;
    }

    /** The roles the operation's security requirement names as scopes (SmallRye lists {@code @RolesAllowed} there). */
    public List<String> roles() {
        List<String> roles = new ArrayList<>();
        node.path("security").forEach(requirement -> requirement.fields()
                .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        return roles;
    }

    public List<JsonNode> parameters(String in) {
        return parameters.stream().filter(p -> in.equals(p.path("in").asText())).toList();
    }

    public boolean hasHeader(String name) {
        return parameters("header").stream().anyMatch(p -> name.equalsIgnoreCase(p.path("name").asText()));
    }

    public Optional<JsonNode> requestBody() {
        return node.has("requestBody") ? Optional.of(node.get("requestBody")) : Optional.empty();
    }

    /** The JSON media type of the request body ({@code application/json}, {@code application/merge-patch+json}...). */
    public Optional<String> jsonMediaType() {
        return requestBody().flatMap(body -> {
            List<String> types = new ArrayList<>();
            body.path("content").fieldNames().forEachRemaining(types::add);
            return types.stream().filter(t -> t.endsWith("json")).findFirst();
        });
    }

    public Optional<JsonNode> requestSchema() {
        return jsonMediaType().map(type -> node.path("requestBody").path("content").path(type).path("schema"));
    }

    public JsonNode responses() {
        return node.path("responses");
    }

    public List<String> successStatuses() {
        List<String> statuses = new ArrayList<>();
        responses().fieldNames().forEachRemaining(status -> {
            if (status.startsWith("2")) {
                statuses.add(status);
            }
        });
        return statuses;
    }
}

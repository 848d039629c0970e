package org.urbaninnovation.gateway.infrastructure.openapi;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.urbaninnovation.gateway.domain.RouteTable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The platform's one API document: the gateway's own operations plus every operation of each
 * service that the gateway routes (so internal feeds and {@code /q/} endpoints stay out), each
 * tagged with its service, all under the one {@code bearer} scheme. A component that two services
 * name alike but define differently is kept for each, the second renamed {@code <service>.<name>}
 * with its references; operation ids that clash get the service as a prefix.
 */
public final class OpenApiMerge {

    static final List<String> SECTIONS = List.of("schemas", "parameters", "responses", "examples", "requestBodies",
            "headers", "links", "callbacks");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A service's document as last read, or why there is none. */
    public record ServiceDocument(String service, JsonNode document, String problem) {
    }

    private final RouteTable routes;

    public OpenApiMerge(RouteTable routes) {
        this.routes = routes;
    }

    /**
     * @param own      the gateway's own document (its resources), copied, not changed
     * @param services each routed service's document, in route-table order
     * @param schemeDescription how to get a token, for the bearer scheme's description
     */
    public ObjectNode merge(JsonNode own, List<ServiceDocument> services, String schemeDescription, boolean devIssuer) {
        ObjectNode merged = own.deepCopy();
        ObjectNode paths = merged.with("paths");
        if (!devIssuer) {
            paths.remove(paths.properties().stream().map(Map.Entry::getKey).filter(p -> p.startsWith("/auth/dev")).toList());
        }
        Set<String> operationIds = new HashSet<>();
        forEachOperation(paths, operation -> {
            operation.set("tags", NODES.arrayNode().add("gateway"));
            operationIds.add(operation.path("operationId").asText());
        });
        ObjectNode components = merged.with("components");
        ArrayNode tags = NODES.arrayNode();
        tags.addObject().put("name", "gateway").put("description", "The gateway's own operations: composite views and, on a "
                + "local platform, the development issuer");
        StringBuilder unavailable = new StringBuilder();
        for (ServiceDocument service : services) {
            if (service.document() == null) {
                unavailable.append(unavailable.length() == 0 ? "" : ", ").append(service.service()).append(" (")
                        .append(service.problem()).append(')');
                continue;
            }
            JsonNode info = service.document().path("info");
            tags.addObject().put("name", service.service()).put("description",
                    info.path("title").asText(service.service()) + (info.hasNonNull("description") ? ": " + info.get("description").asText() : ""));
            add(service, paths, components, operationIds);
        }
        merged.set("tags", tags);
        ObjectNode scheme = NODES.objectNode().put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", schemeDescription);
        components.set("securitySchemes", NODES.objectNode().set("bearer", scheme));
        if (unavailable.length() > 0) {
            ObjectNode mergedInfo = merged.with("info");
            mergedInfo.put("description", mergedInfo.path("description").asText() + " Not listed now, because their documents "
                    + "could not be read: " + unavailable + ".");
        }
        return merged;
    }

    private void add(ServiceDocument service, ObjectNode paths, ObjectNode components, Set<String> operationIds) {
        JsonNode document = service.document();
        Map<String, String> renamed = new HashMap<>();
        JsonNode theirs = document.path("components");
        for (String section : SECTIONS) {
            for (Iterator<Map.Entry<String, JsonNode>> entries = theirs.path(section).fields(); entries.hasNext();) {
                Map.Entry<String, JsonNode> entry = entries.next();
                JsonNode existing = components.path(section).get(entry.getKey());
                if (existing != null && !existing.equals(entry.getValue())) {
                    renamed.put("#/components/" + section + "/" + entry.getKey(),
                            "#/components/" + section + "/" + service.service() + "." + entry.getKey());
                }
            }
        }
        for (String section : SECTIONS) {
            for (Iterator<Map.Entry<String, JsonNode>> entries = theirs.path(section).fields(); entries.hasNext();) {
                Map.Entry<String, JsonNode> entry = entries.next();
                String ref = "#/components/" + section + "/" + entry.getKey();
                String name = renamed.containsKey(ref) ? service.service() + "." + entry.getKey() : entry.getKey();
                components.with(section).set(name, references(entry.getValue().deepCopy(), renamed));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> entries = document.path("paths").fields(); entries.hasNext();) {
            Map.Entry<String, JsonNode> path = entries.next();
            if (!routes.exposes(service.service(), path.getKey()) || paths.has(path.getKey())) {
                continue;
            }
            ObjectNode item = (ObjectNode) references(path.getValue().deepCopy(), renamed);
            forEachOperation(item, operation -> {
                operation.set("tags", NODES.arrayNode().add(service.service()));
                String id = operation.path("operationId").asText();
                if (!id.isEmpty() && !operationIds.add(id)) {
                    operation.put("operationId", service.service() + "_" + id);
                    operationIds.add(service.service() + "_" + id);
                }
                JsonNode security = operation.get("security");
                if (security != null) {
                    ArrayNode bearer = NODES.arrayNode();
                    security.forEach(requirement -> {
                        ArrayNode scopes = NODES.arrayNode();
                        requirement.forEach(schemeScopes -> schemeScopes.forEach(scopes::add));
                        bearer.addObject().set("bearer", scopes);
                    });
                    operation.set("security", bearer);
                }
            });
            paths.set(path.getKey(), item);
        }
    }

    private static void forEachOperation(ObjectNode pathsOrItem, java.util.function.Consumer<ObjectNode> action) {
        boolean isItem = pathsOrItem.properties().stream().anyMatch(e -> METHODS.contains(e.getKey()));
        if (isItem) {
            pathsOrItem.properties().stream().filter(e -> METHODS.contains(e.getKey()) && e.getValue().isObject())
                    .forEach(e -> action.accept((ObjectNode) e.getValue()));
            return;
        }
        pathsOrItem.forEach(item -> {
            if (item.isObject()) {
                forEachOperation((ObjectNode) item, action);
            }
        });
    }

    private static JsonNode references(JsonNode node, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return node;
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renamed.containsKey(ref.asText())) {
                object.put("$ref", renamed.get(ref.asText()));
            }
            object.forEach(child -> references(child, renamed));
        } else if (node.isArray()) {
            node.forEach(child -> references(child, renamed));
        }
        return node;
    }
}

package org.urbaninnovation.commons.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.urbaninnovation.commons.http.Preconditions;
import org.urbaninnovation.commons.idempotency.IdempotentRequests;
import org.urbaninnovation.commons.problem.Problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Every operation of every service documents the problems it can answer, each as
 * {@code application/problem+json} with the one shared {@code Problem} schema: what the platform's
 * conventions make every such operation able to answer (below), on top of what an operation
 * declares itself (a 409 of a rule, say). Runs when the document is built, so the served document
 * and the code cannot drift apart.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    private static final String REF = "#/components/schemas/" + PROBLEM;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(PROBLEM, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            List<Parameter> shared = path.getValue().getParameters() == null ? List.of() : path.getValue().getParameters();
            path.getValue().getOperations().values().forEach(operation -> document(operation, shared));
        }
    }

    /** The platform's own headers, bounded where commons enforces them. */
    private static void boundHeaders(List<Parameter> parameters) {
        for (Parameter parameter : parameters) {
            if (parameter.getIn() != Parameter.In.HEADER || parameter.getSchema() == null) {
                continue;
            }
            if (IdempotentRequests.HEADER.equalsIgnoreCase(parameter.getName())) {
                parameter.getSchema().minLength(1).maxLength(IdempotentRequests.MAX_KEY_LENGTH).pattern("^[!-~]+$");
                parameter.description("Makes a retried create harmless: the same key and body get the first answer again");
            } else if (HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName())) {
                parameter.getSchema().maxLength(Preconditions.MAX_IF_MATCH_LENGTH);
                parameter.description("The ETag of the version you read; required (428 without, 412 when stale)");
            }
        }
    }

    private static void document(Operation operation, List<Parameter> shared) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        Map<String, String> statuses = new LinkedHashMap<>();
        List<Parameter> parameters = new java.util.ArrayList<>(shared);
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        boundHeaders(parameters);
        boolean body = operation.getRequestBody() != null;
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (body || !parameters.isEmpty()) {
            statuses.put("400", "The request is malformed or a value is invalid; `violations` names each field");
        }
        // A token is checked wherever one is sent: a public read refuses a forged one too.
        statuses.put("401", secured ? "A valid bearer token is required" : "The bearer token sent is invalid or expired");
        if (secured) {
            statuses.put("403", "The caller's role does not allow this operation");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            statuses.put("404", "Nothing the caller may see has this identity");
        }
        if (hasHeader(parameters, "If-Match")) {
            statuses.put("412", "The resource changed since the caller read it (If-Match names another version)");
            statuses.put("428", "An update needs If-Match with the ETag the caller read");
        }
        if (body) {
            statuses.put("413", "The request body exceeds the size limit");
            statuses.put("415", "The request body is not of a supported media type");
        }
        if (hasHeader(parameters, "Idempotency-Key")) {
            statuses.put("422", "The Idempotency-Key was already used for another request body");
        }
        statuses.put("503", "Overloaded, or its database is unavailable: nothing was changed; retry after Retry-After");
        statuses.forEach((status, description) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
        });
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                withProblemContent(response);
            }
        });
    }

    private static boolean hasHeader(List<Parameter> parameters, String name) {
        return parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static void withProblemContent(APIResponse response) {
        Content content = OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
        response.setContent(content);
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addRequired("field").addRequired("message")
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The field or parameter as the client named it (`title`, `[3].sections.abstract`, `page`)"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document: every 4xx and 5xx answer of the platform")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .description("Stable URI of the kind of problem; branch on it rather than on the title"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What went wrong in this request, for a person to read"))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The request path"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation)
                        .description("For validation problems: each offending field"));
    }
}

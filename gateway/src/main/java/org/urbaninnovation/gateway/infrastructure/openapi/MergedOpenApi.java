package org.urbaninnovation.gateway.infrastructure.openapi;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.urbaninnovation.gateway.domain.DevSignIn;
import org.urbaninnovation.gateway.domain.RouteTable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the merged document at {@code /q/openapi} (YAML, or JSON with {@code ?format=json} or
 * {@code Accept: application/json}, as every service does), in place of the gateway's own, which
 * it contains. Swagger UI reads it from there.
 */
@ApplicationScoped
public class MergedOpenApi {

    private final OpenApiDocumentService own;
    private final ServiceDocuments services;
    private final OpenApiMerge merge;
    private final ObjectMapper json;
    private final YAMLMapper yaml = new YAMLMapper();
    private final boolean devIssuer;
    private volatile JsonNode ownDocument;

    public MergedOpenApi(OpenApiDocumentService own, ServiceDocuments services, RouteTable routes, ObjectMapper json,
            DevSignIn devSignIn) {
        this.own = own;
        this.services = services;
        this.merge = new OpenApiMerge(routes);
        this.json = json;
        this.devIssuer = devSignIn.available();
    }

    void install(@Observes Router router) {
        router.get("/q/openapi").order(Integer.MIN_VALUE + 10).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        boolean asJson = "json".equalsIgnoreCase(ctx.request().getParam("format"))
                || (ctx.request().getParam("format") == null && String.valueOf(ctx.request().getHeader("Accept")).contains("json"));
        services.documents().onComplete(read -> {
            try {
                JsonNode merged = merge.merge(ownDocument(), read.result(), schemeDescription(), devIssuer);
                ctx.response().putHeader("Content-Type", asJson ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                        .putHeader("Cache-Control", "no-cache")
                        .end(asJson ? json.writeValueAsString(merged) : yaml.writeValueAsString(merged));
            } catch (IOException e) {
                ctx.fail(e);
            }
        });
    }

    private JsonNode ownDocument() throws IOException {
        if (ownDocument == null) {
            ownDocument = json.readTree(own.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON));
        }
        return ownDocument;
    }

    private String schemeDescription() {
        return devIssuer
                ? "An RS256 JWT. On this local platform: POST /auth/dev/sign-in with {\"user\": \"admin\"} (or any demo user "
                        + "of GET /auth/dev/users), or ./platform token admin, and paste its accessToken here."
                : "An RS256 JWT from the platform's OpenID Connect provider.";
    }
}

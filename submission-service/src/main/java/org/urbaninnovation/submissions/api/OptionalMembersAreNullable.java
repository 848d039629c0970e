package org.urbaninnovation.submissions.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Declares every member a schema does not require as nullable: a client may send null for it (in a
 * merge patch, null removes it), and answers leave it out. The request records live in the domain,
 * which carries no OpenAPI annotations, so this is said once here for all of them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OptionalMembersAreNullable implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(OptionalMembersAreNullable::optionalMembers);
    }

    private static void optionalMembers(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        new java.util.LinkedHashMap<>(properties).forEach((name, member) -> {
            if (!required.contains(name)) {
                schema.addProperty(name, nullable(member));
            }
        });
    }

    private static Schema nullable(Schema member) {
        if (member.getRef() != null) {
            return OASFactory.createSchema().addAnyOf(member).addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
        }
        if (member.getType() != null && !member.getType().isEmpty() && !member.getType().contains(Schema.SchemaType.NULL)) {
            member.addType(Schema.SchemaType.NULL);
        }
        return member;
    }
}

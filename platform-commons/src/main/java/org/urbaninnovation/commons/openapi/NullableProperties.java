package org.urbaninnovation.commons.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Declares properties of named schemas nullable, for records of a service's domain that its API
 * answers as they are: the domain carries no OpenAPI annotation, so a service's own
 * {@code OASFilter} in its api package names them here. The shared OpenAPI contract checks every
 * null an answer holds against the document, so a list that misses one fails a test.
 */
public final class NullableProperties {

    private NullableProperties() {
    }

    public static void mark(OpenAPI openAPI, Map<String, List<String>> propertiesBySchema) {
        Map<String, Schema> schemas = openAPI.getComponents() == null ? Map.of() : openAPI.getComponents().getSchemas();
        propertiesBySchema.forEach((schemaName, properties) -> {
            Schema schema = schemas.get(schemaName);
            if (schema == null || schema.getProperties() == null) {
                throw new IllegalStateException("No schema " + schemaName + " with properties in the document");
            }
            for (String name : properties) {
                Schema property = schema.getProperties().get(name);
                if (property == null) {
                    throw new IllegalStateException("No property " + name + " in schema " + schemaName);
                }
                schema.addProperty(name, nullable(property));
            }
        });
    }

    private static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            return OASFactory.createSchema().description(property.getDescription())
                    .addAnyOf(OASFactory.createSchema().ref(property.getRef()))
                    .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
        }
        if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
        }
        return property;
    }
}

package org.urbaninnovation.deploy;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Parses rendered YAML into fabric8's typed models, strictly: a value of the wrong type fails (no
 * coercion of "8080" into a number or of 1 into a string), and so does a field the model does not
 * have. fabric8 keeps unknown fields in each object's {@code additionalProperties} rather than
 * failing, so after parsing every object of the tree is walked and any such field is a problem.
 * Custom resources are checked against the schema of their CRD ({@link CustomResourceSchemas}).
 */
final class Manifests {

    private static final ObjectMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private Manifests() {
    }

    static Rendered parse(String name, String yaml) {
        List<Rendered.Resource> resources = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode tree : MAPPER.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll()) {
            if (tree == null || tree.isNull() || tree.isEmpty()) {
                continue;
            }
            String id = tree.path("kind").asString() + " " + tree.path("metadata").path("name").asString();
            KubernetesResource typed = null;
            try {
                typed = MAPPER.treeToValue(tree, KubernetesResource.class);
            } catch (JacksonException e) {
                problems.add(id + ": " + path(e) + ": " + e.getOriginalMessage().replaceFirst(" \\(but might if .*", ""));
            }
            if (typed instanceof GenericKubernetesResource) {
                // No model for this kind: a custom resource, or a misspelt kind or apiVersion.
                problems.addAll(CustomResourceSchemas.validate(tree).stream().map(p -> id + ": " + p).toList());
                unknownFields(((GenericKubernetesResource) typed).getMetadata(), "metadata", problems, id);
            } else if (typed != null) {
                unknownFields(typed, "", problems, id);
            }
            resources.add(new Rendered.Resource(tree, typed));
        }
        return new Rendered(name, List.copyOf(resources), List.copyOf(problems));
    }

    /** Every field that went into an object's additionalProperties is one its model does not have. */
    private static void unknownFields(Object value, String path, List<String> problems, String id) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems, id);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> unknownFields(item, path + "." + key, problems, id));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0) {
                continue;
            }
            if (getter.isAnnotationPresent(JsonAnyGetter.class)) {
                if (invoke(getter, value) instanceof Map<?, ?> extra) {
                    extra.keySet().forEach(key -> problems.add(id + ": unknown field " + (path.isEmpty() ? "" : path + ".") + key));
                }
            } else if (getter.isAnnotationPresent(JsonProperty.class)) {
                String field = getter.getAnnotation(JsonProperty.class).value();
                unknownFields(invoke(getter, value), path.isEmpty() ? field : path + "." + field, problems, id);
            }
        }
    }

    /** spec.template.spec.containers[0].ports[0].containerPort, from the references Jackson gives. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + getter + ": " + e.getMessage(), e);
        }
    }
}

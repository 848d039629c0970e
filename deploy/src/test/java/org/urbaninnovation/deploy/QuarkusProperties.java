package org.urbaninnovation.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quarkus' own properties, from the configuration models its extensions ship
 * (META-INF/quarkus-config-doc/quarkus-config-model.json): which QUARKUS_* variable names a real
 * property, and whether that property can change at run time. The extensions read are the test
 * dependencies of this module (core, vertx-http, logging-json): add the one whose property a
 * manifest sets.
 */
final class QuarkusProperties {

    /** One property: its name, the variables that set it (a pattern, for map keys), its phase. */
    record Property(String name, Pattern variable, String phase) {

        boolean runTime() {
            return "RUN_TIME".equals(phase);
        }
    }

    private static final List<Property> PROPERTIES = load();

    private QuarkusProperties() {
    }

    static Optional<Property> forVariable(String variable) {
        return PROPERTIES.stream().filter(p -> p.variable().matcher(variable).matches()).findFirst();
    }

    private static List<Property> load() {
        List<Property> properties = new ArrayList<>();
        JsonMapper json = new JsonMapper();
        try {
            for (URL model : Collections.list(QuarkusProperties.class.getClassLoader()
                    .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json"))) {
                try (InputStream in = model.openStream()) {
                    for (JsonNode root : json.readTree(in).path("configRoots")) {
                        collect(root.path("items"), properties);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (properties.isEmpty()) {
            throw new IllegalStateException("No Quarkus configuration model on the test classpath");
        }
        return List.copyOf(properties);
    }

    private static void collect(JsonNode items, List<Property> properties) {
        for (JsonNode item : items) {
            if (item.has("path") && item.has("phase")) {
                String name = item.path("path").path("property").asString();
                properties.add(new Property(name, pattern(name), item.path("phase").asString()));
            }
            collect(item.path("items"), properties);
        }
    }

    /** quarkus.log.category."name".level → QUARKUS_LOG_CATEGORY_[A-Z0-9_]+_LEVEL */
    private static Pattern pattern(String property) {
        StringBuilder regex = new StringBuilder();
        String[] parts = property.split("\"[^\"]*\"", -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append(Pattern.quote(ServiceConfiguration.variable(parts[i])));
            if (i < parts.length - 1) {
                regex.append("[A-Z0-9_]+");
            }
        }
        return Pattern.compile(regex.toString());
    }
}

package org.urbaninnovation.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.fabric8.kubernetes.api.model.Container;

/**
 * Every environment variable an application reads is set in its pod, and every one set is read:
 * by a reference in its configuration ({@link ServiceConfiguration}), as one of its properties by
 * SmallRye Config's mapping, as a Quarkus property that can change at run time
 * ({@link QuarkusProperties}), or by the JVM. The checks follow the services' files, so a setting
 * added on a branch shows here as "read but not set" until a ConfigMap sets it.
 */
final class EnvironmentRules {

    /** Read by the JVM itself, not by the configuration. */
    private static final Set<String> JVM = Set.of("JAVA_TOOL_OPTIONS");

    private EnvironmentRules() {
    }

    static List<String> check(Rendered rendered) {
        List<String> problems = new ArrayList<>();
        rendered.applications().forEach(deployment -> {
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            ServiceConfiguration configuration = ServiceConfiguration.of(module(container.getImage()));
            Map<String, Environment.Value> env = Environment.of(rendered, Rendered.namespace(deployment), container);
            String name = deployment.getMetadata().getName();
            configuration.reads().forEach((variable, file) -> {
                if (!env.containsKey(variable)) {
                    problems.add(name + ": " + variable + " is read (" + file + ") but not set");
                }
            });
            env.keySet().forEach(variable -> unread(name, variable, configuration).ifPresent(problems::add));
        });
        return problems;
    }

    private static Optional<String> unread(String name, String variable, ServiceConfiguration configuration) {
        Optional<QuarkusProperties.Property> quarkus = QuarkusProperties.forVariable(variable);
        if (quarkus.isPresent() && !quarkus.get().runTime()) {
            return Optional.of(name + ": " + variable + " sets " + quarkus.get().name() + ", which is fixed at build time ("
                    + quarkus.get().phase() + "): setting it here changes nothing");
        }
        if (quarkus.isPresent() || JVM.contains(variable) || configuration.reads().containsKey(variable)
                || configuration.propertyVariables().contains(variable)) {
            return Optional.empty();
        }
        return Optional.of(name + ": " + variable + " is set but nothing reads it");
    }

    /** The Maven module an image is built from: urban-innovation/catalog-service:1.0.0 → catalog-service. */
    static String module(String image) {
        String repository = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        String last = repository.substring(repository.lastIndexOf('/') + 1);
        return last.contains(":") ? last.substring(0, last.indexOf(':')) : last;
    }

}

package org.urbaninnovation.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * No Secret carries a value outside the dev overlay (production's are created beside the manifests,
 * never committed), and in every overlay a credential reaches a container only by reference to a
 * Secret: never as a literal value or from a ConfigMap.
 */
final class SecretRules {

    private static final Pattern CREDENTIAL = Pattern.compile(".*(PASSWORD|TOKEN|SECRET).*|.*_KEY");

    private SecretRules() {
    }

    static List<String> check(Rendered rendered) {
        List<String> problems = new ArrayList<>();
        if (!rendered.isDevelopment()) {
            rendered.secrets()
                    .filter(s -> !s.getData().isEmpty() || !s.getStringData().isEmpty())
                    .forEach(s -> problems.add("Secret " + s.getMetadata().getName() + " carries values outside the dev overlay"));
        }
        rendered.deployments().forEach(deployment -> deployment.getSpec().getTemplate().getSpec().getContainers()
                .forEach(container -> Environment.of(rendered, Rendered.namespace(deployment), container).forEach((name, value) -> {
                    if (CREDENTIAL.matcher(name).matches() && !value.fromSecret()) {
                        problems.add(deployment.getMetadata().getName() + "/" + container.getName() + ": " + name
                                + " comes from " + value.source() + ", not from a Secret");
                    }
                })));
        return problems;
    }
}

package org.urbaninnovation.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;

/** The environment a container starts with, as Kubernetes assembles it: envFrom first, env over it. */
final class Environment {

    /** Where a variable's value comes from: a literal (env value or a ConfigMap's), or a Secret's key. */
    record Value(String literal, String source) {

        boolean fromSecret() {
            return source.startsWith("Secret ");
        }
    }

    private Environment() {
    }

    static Map<String, Value> of(Rendered rendered, String namespace, Container container) {
        Map<String, Value> env = new LinkedHashMap<>();
        for (EnvFromSource from : container.getEnvFrom()) {
            String prefix = from.getPrefix() == null ? "" : from.getPrefix();
            if (from.getConfigMapRef() != null) {
                String name = from.getConfigMapRef().getName();
                ConfigMap map = rendered.configMap(namespace, name).orElse(null);
                if (map != null) {
                    map.getData().forEach((key, value) -> env.put(prefix + key, new Value(value, "ConfigMap " + name)));
                }
            }
            if (from.getSecretRef() != null) {
                String name = from.getSecretRef().getName();
                rendered.secret(namespace, name).ifPresent(secret -> {
                    secret.getData().keySet().forEach(key -> env.put(prefix + key, new Value(null, "Secret " + name)));
                    secret.getStringData().keySet().forEach(key -> env.put(prefix + key, new Value(null, "Secret " + name)));
                });
            }
        }
        for (EnvVar var : container.getEnv()) {
            if (var.getValueFrom() == null) {
                env.put(var.getName(), new Value(var.getValue(), "a literal value"));
            } else if (var.getValueFrom().getSecretKeyRef() != null) {
                env.put(var.getName(), new Value(null, "Secret " + var.getValueFrom().getSecretKeyRef().getName()));
            } else if (var.getValueFrom().getConfigMapKeyRef() != null) {
                String name = var.getValueFrom().getConfigMapKeyRef().getName();
                String value = rendered.configMap(namespace, name)
                        .map(c -> c.getData().get(var.getValueFrom().getConfigMapKeyRef().getKey())).orElse(null);
                env.put(var.getName(), new Value(value, "ConfigMap " + name));
            } else {
                env.put(var.getName(), new Value(null, "field"));
            }
        }
        return env;
    }
}

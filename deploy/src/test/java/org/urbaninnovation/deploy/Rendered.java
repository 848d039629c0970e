package org.urbaninnovation.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import tools.jackson.databind.JsonNode;

/**
 * The objects one kustomization renders to, each as its YAML tree and as the typed model it parses
 * into (fabric8's; a custom resource stays a tree, checked against its CRD's schema), and every
 * problem the parse found: unknown fields, wrong types, kinds nothing describes.
 */
record Rendered(String name, List<Resource> resources, List<String> modelProblems) {

    /** deploy/, the module's directory (the tests run there). */
    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path K8S = MODULE.resolve("k8s");
    static final Path FIXTURES = MODULE.resolve("src/test/resources/fixtures");

    private static final Map<Path, Rendered> CACHE = new ConcurrentHashMap<>();

    /** One rendered object: its tree and its typed model (a GenericKubernetesResource for a custom resource, null for one that does not parse). */
    record Resource(JsonNode tree, KubernetesResource typed) {

        String kind() {
            return tree.path("kind").asString();
        }
    }

    /** base, overlays/dev or overlays/production. */
    static Rendered of(String kustomization) {
        return render(kustomization, K8S.resolve(kustomization));
    }

    /** A deliberately wrong variant of an overlay, under src/test/resources/fixtures. */
    static Rendered fixture(String name) {
        return render("fixture " + name, FIXTURES.resolve(name));
    }

    private static Rendered render(String name, Path directory) {
        return CACHE.computeIfAbsent(directory, dir -> Manifests.parse(name, Kubectl.kustomize(dir)));
    }

    boolean isDevelopment() {
        return name.contains("dev");
    }

    <T extends HasMetadata> Stream<T> all(Class<T> type) {
        return resources.stream().map(Resource::typed).filter(type::isInstance).map(type::cast);
    }

    Stream<Deployment> deployments() {
        return all(Deployment.class);
    }

    /** The platform's own applications (the base labels them app.kubernetes.io/component=application). */
    Stream<Deployment> applications() {
        return deployments().filter(d -> "application".equals(d.getMetadata().getLabels().get("app.kubernetes.io/component")));
    }

    Stream<Service> services() {
        return all(Service.class);
    }

    Stream<ServiceAccount> serviceAccounts() {
        return all(ServiceAccount.class);
    }

    Stream<Secret> secrets() {
        return all(Secret.class);
    }

    Stream<NetworkPolicy> networkPolicies() {
        return all(NetworkPolicy.class);
    }

    Optional<ConfigMap> configMap(String namespace, String name) {
        return all(ConfigMap.class).filter(c -> c.getMetadata().getName().equals(name)
                && namespace(c).equals(namespace)).findFirst();
    }

    Optional<Secret> secret(String namespace, String name) {
        return secrets().filter(s -> s.getMetadata().getName().equals(name) && namespace(s).equals(namespace)).findFirst();
    }

    /** Custom resources (no typed model) of one kind. */
    List<JsonNode> custom(String kind) {
        List<JsonNode> found = new ArrayList<>();
        resources.stream().filter(r -> (r.typed() == null || r.typed() instanceof GenericKubernetesResource) && r.kind().equals(kind))
                .forEach(r -> found.add(r.tree()));
        return found;
    }

    static String namespace(HasMetadata object) {
        String namespace = object.getMetadata().getNamespace();
        return namespace == null ? "" : namespace;
    }
}

package org.urbaninnovation.deploy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * What every pod of the platform must have: the hardening (non-root, read-only root filesystem with
 * an emptyDir at /tmp, no capabilities, no privilege escalation, the runtime's seccomp profile),
 * requests and limits, a pinned image, no service account token, probes (SmallRye Health's for the
 * platform's applications), and a shutdown that fits in the grace period.
 */
final class PodRules {

    private PodRules() {
    }

    static List<String> check(Rendered rendered) {
        List<String> problems = new ArrayList<>();
        rendered.deployments().forEach(deployment -> {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            boolean application = rendered.applications().anyMatch(a -> a == deployment);
            if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
                problems.add(name + ": the pod mounts a service account token (automountServiceAccountToken is not false)");
            }
            allContainers(pod).forEach(container -> {
                String where = name + "/" + container.getName();
                hardening(where, pod, container, problems);
                resources(where, container.getResources(), problems);
                image(where, container.getImage(), application, problems);
            });
            probes(name, pod.getContainers(), application, problems);
            if (application) {
                // An image no module builds is a problem of its own (image); its shutdown settings are unknown.
                pod.getContainers().stream().filter(c -> ServiceConfiguration.exists(EnvironmentRules.module(c.getImage())))
                        .forEach(c -> shutdown(deployment, c, rendered, problems));
            }
        });
        rendered.serviceAccounts().forEach(account -> {
            if (!Boolean.FALSE.equals(account.getAutomountServiceAccountToken())) {
                problems.add("ServiceAccount " + account.getMetadata().getName() + ": automountServiceAccountToken is not false");
            }
        });
        return problems;
    }

    private static Stream<Container> allContainers(PodSpec pod) {
        return Stream.concat(pod.getInitContainers().stream(), pod.getContainers().stream());
    }

    private static void hardening(String where, PodSpec pod, Container container, List<String> problems) {
        PodSecurityContext podContext = Optional.ofNullable(pod.getSecurityContext()).orElseGet(PodSecurityContext::new);
        SecurityContext context = Optional.ofNullable(container.getSecurityContext()).orElseGet(SecurityContext::new);
        Boolean nonRoot = context.getRunAsNonRoot() != null ? context.getRunAsNonRoot() : podContext.getRunAsNonRoot();
        if (!Boolean.TRUE.equals(nonRoot)) {
            problems.add(where + ": runAsNonRoot is not true");
        }
        if (!Boolean.TRUE.equals(context.getReadOnlyRootFilesystem())) {
            problems.add(where + ": readOnlyRootFilesystem is not true");
        }
        if (!Boolean.FALSE.equals(context.getAllowPrivilegeEscalation())) {
            problems.add(where + ": allowPrivilegeEscalation is not false");
        }
        if (Boolean.TRUE.equals(context.getPrivileged())) {
            problems.add(where + ": privileged");
        }
        if (context.getCapabilities() == null || !context.getCapabilities().getDrop().contains("ALL")
                || !context.getCapabilities().getAdd().isEmpty()) {
            problems.add(where + ": capabilities are not dropped (drop: [ALL], nothing added)");
        }
        String seccomp = context.getSeccompProfile() != null ? context.getSeccompProfile().getType()
                : podContext.getSeccompProfile() != null ? podContext.getSeccompProfile().getType() : null;
        if (!"RuntimeDefault".equals(seccomp)) {
            problems.add(where + ": seccompProfile is not RuntimeDefault");
        }
        Optional<String> tmpVolume = container.getVolumeMounts().stream()
                .filter(m -> "/tmp".equals(m.getMountPath())).map(VolumeMount::getName).findFirst();
        boolean tmpIsEmptyDir = tmpVolume.flatMap(v -> pod.getVolumes().stream().filter(vol -> vol.getName().equals(v)).findFirst())
                .map(Volume::getEmptyDir).isPresent();
        if (!tmpIsEmptyDir) {
            problems.add(where + ": /tmp is not an emptyDir (the root filesystem is read-only)");
        }
    }

    private static void resources(String where, ResourceRequirements resources, List<String> problems) {
        Map<String, Quantity> requests = resources == null ? Map.of() : resources.getRequests();
        Map<String, Quantity> limits = resources == null ? Map.of() : resources.getLimits();
        for (String resource : List.of("cpu", "memory")) {
            if (!requests.containsKey(resource)) {
                problems.add(where + ": no " + resource + " request");
            }
            if (!limits.containsKey(resource)) {
                problems.add(where + ": no " + resource + " limit");
            }
        }
        if (requests.containsKey("memory") && limits.containsKey("memory")
                && Quantity.getAmountInBytes(requests.get("memory")).compareTo(Quantity.getAmountInBytes(limits.get("memory"))) > 0) {
            problems.add(where + ": memory request above its limit");
        }
    }

    /** A digest, or a tag: the project's version for the platform's images, any but latest for others. */
    private static void image(String where, String image, boolean application, List<String> problems) {
        if (image == null) {
            problems.add(where + ": no image");
            return;
        }
        if (image.contains("@sha256:")) {
            return;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        String tag = colon > slash ? image.substring(colon + 1) : "";
        String version = System.getProperty("project.version");
        if (tag.isEmpty() || tag.equals("latest")) {
            problems.add(where + ": image " + image + " is not pinned (a tag other than latest, or a digest)");
        } else if (application && !tag.equals(version)) {
            problems.add(where + ": image " + image + " is not the project's version " + version);
        }
        if (application) {
            String repository = image.substring(0, colon > slash ? colon : image.length());
            String module = EnvironmentRules.module(image);
            String built = "urban-innovation/" + ServiceConfiguration.applicationName(module);
            if (!repository.equals(built) && !repository.endsWith("/" + built)) {
                problems.add(where + ": image " + image + " is not the one deploy/image/build.sh builds (" + built + ")");
            }
        }
    }

    private static void probes(String name, List<Container> containers, boolean application, List<String> problems) {
        for (Container container : containers) {
            String where = name + "/" + container.getName();
            Map<String, Probe> probes = new LinkedHashMap<>();
            probes.put("started", container.getStartupProbe());
            probes.put("live", container.getLivenessProbe());
            probes.put("ready", container.getReadinessProbe());
            probes.forEach((kind, probe) -> {
                String label = kind.equals("started") ? "startup" : kind.equals("live") ? "liveness" : "readiness";
                if (probe == null) {
                    problems.add(where + ": no " + label + " probe");
                } else if (application) {
                    String path = probe.getHttpGet() == null ? null : probe.getHttpGet().getPath();
                    if (!("/q/health/" + kind).equals(path)) {
                        problems.add(where + ": the " + label + " probe is not GET /q/health/" + kind + " (" + path + ")");
                    } else if (!declaresPort(container, probe)) {
                        problems.add(where + ": the " + label + " probe's port is not one the container declares");
                    }
                }
            });
        }
    }

    private static boolean declaresPort(Container container, Probe probe) {
        var port = probe.getHttpGet().getPort();
        return container.getPorts().stream().anyMatch(p -> port.getIntVal() != null
                ? Objects.equals(p.getContainerPort(), port.getIntVal()) : Objects.equals(p.getName(), port.getStrVal()));
    }

    /**
     * The pod is killed terminationGracePeriodSeconds after termination starts: the preStop pause,
     * then Quarkus' shutdown delay (when the build enables it) and its timeout for requests in flight
     * must all fit before that. The two come from the service's files and the pod's environment, as
     * the service resolves them.
     */
    private static void shutdown(Deployment deployment, Container container, Rendered rendered, List<String> problems) {
        String where = deployment.getMetadata().getName() + "/" + container.getName();
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        long pause = container.getLifecycle() == null || container.getLifecycle().getPreStop() == null
                || container.getLifecycle().getPreStop().getSleep() == null ? -1
                : container.getLifecycle().getPreStop().getSleep().getSeconds();
        if (pause <= 0) {
            problems.add(where + ": no preStop pause (endpoints must drain before the application stops)");
            return;
        }
        Map<String, String> env = new LinkedHashMap<>();
        Environment.of(rendered, Rendered.namespace(deployment), container).forEach((name, value) -> env.put(name, value.literal()));
        ServiceConfiguration configuration = ServiceConfiguration.of(EnvironmentRules.module(container.getImage()));
        Optional<Duration> timeout = configuration.value("quarkus.shutdown.timeout", env).flatMap(PodRules::duration);
        if (timeout.isEmpty()) {
            problems.add(where + ": quarkus.shutdown.timeout is not set: requests in flight are cut at SIGTERM");
            return;
        }
        // A delay set for the pod counts even where the build leaves the delay off: the safe side.
        boolean delayed = configuration.value("quarkus.shutdown.delay-enabled", env).map(Boolean::parseBoolean).orElse(false)
                || env.containsKey("QUARKUS_SHUTDOWN_DELAY");
        Duration delay = delayed ? configuration.value("quarkus.shutdown.delay", env).flatMap(PodRules::duration)
                .orElse(Duration.ZERO) : Duration.ZERO;
        long needed = pause + delay.toSeconds() + timeout.get().toSeconds();
        long grace = pod.getTerminationGracePeriodSeconds() == null ? 30 : pod.getTerminationGracePeriodSeconds();
        if (grace <= needed) {
            problems.add(where + ": terminationGracePeriodSeconds " + grace + " is not longer than the preStop pause ("
                    + pause + " s) + the shutdown delay (" + delay.toSeconds() + " s) + timeout ("
                    + timeout.get().toSeconds() + " s)");
        }
    }

    /** A Quarkus duration: 20s, 1m, 500ms, PT20S, or a number of seconds. */
    private static Optional<Duration> duration(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.trim().toUpperCase(Locale.ROOT);
        if (value.matches("\\d+")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        if (value.endsWith("MS")) {
            return Optional.of(Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2))));
        }
        return Optional.of(Duration.parse(value.startsWith("P") ? value : value.matches("\\d+D") ? "P" + value : "PT" + value));
    }
}

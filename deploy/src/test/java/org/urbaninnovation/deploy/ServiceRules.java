package org.urbaninnovation.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ServicePort;

/** Every Service selects pods that exist, on a port those pods declare. */
final class ServiceRules {

    private ServiceRules() {
    }

    static List<String> check(Rendered rendered) {
        List<String> problems = new ArrayList<>();
        rendered.services().forEach(service -> {
            String name = "Service " + service.getMetadata().getName();
            List<PodTemplateSpec> pods = rendered.deployments()
                    .filter(d -> Rendered.namespace(d).equals(Rendered.namespace(service)))
                    .map(d -> d.getSpec().getTemplate())
                    .filter(t -> !service.getSpec().getSelector().isEmpty()
                            && Selectors.matches(service.getSpec().getSelector(), t.getMetadata().getLabels()))
                    .toList();
            if (pods.isEmpty()) {
                problems.add(name + ": selects no pod (" + service.getSpec().getSelector() + ")");
                return;
            }
            for (ServicePort port : service.getSpec().getPorts()) {
                boolean declared = pods.stream().flatMap(p -> p.getSpec().getContainers().stream())
                        .flatMap(c -> c.getPorts().stream()).anyMatch(p -> targets(port, p));
                if (!declared) {
                    problems.add(name + ": port " + port.getName() + " targets " + target(port).getValue()
                            + ", which its pods do not declare");
                }
            }
        });
        return problems;
    }

    private static IntOrString target(ServicePort port) {
        return port.getTargetPort() == null ? new IntOrString(port.getPort()) : port.getTargetPort();
    }

    private static boolean targets(ServicePort port, ContainerPort declared) {
        IntOrString target = target(port);
        return target.getIntVal() != null ? Objects.equals(target.getIntVal(), declared.getContainerPort())
                : Objects.equals(target.getStrVal(), declared.getName());
    }
}

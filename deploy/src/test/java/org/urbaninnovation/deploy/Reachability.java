package org.urbaninnovation.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import tools.jackson.databind.JsonNode;

/**
 * Who can reach whom, evaluated from the rendered NetworkPolicies as Kubernetes applies them: a
 * connection needs the source's egress and the destination's ingress to allow it; a pod that no
 * policy of a direction selects is open in that direction; peers match by pod selector (in the
 * policy's namespace), namespace selector, or IP block; ports by number, range or the destination's
 * port name. The workloads are the rendered Deployments and the CloudNativePG Cluster's instances,
 * plus the actors outside the namespace that the policies name (an ingress controller, Prometheus,
 * the CloudNativePG operator, cluster DNS, and an address outside the cluster).
 */
final class Reachability {

    /** One workload or outside actor: where it runs, its labels, address and the ports it listens on. */
    record Endpoint(String name, String namespace, Map<String, String> labels, String ip, List<Port> ports, boolean ours) {
    }

    record Port(String name, int number, String protocol) {
    }

    /** The outside actors, on a pod network of 10.244.0.0/16; 203.0.113.10 stands for anything outside the cluster. */
    static final List<Endpoint> OUTSIDE = List.of(
            new Endpoint("ingress-nginx", "ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"), "10.244.9.1",
                    List.of(new Port("http", 80, "TCP")), false),
            new Endpoint("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus"), "10.244.9.2",
                    List.of(new Port("web", 9090, "TCP")), false),
            new Endpoint("cnpg-operator", "cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg"), "10.244.9.3",
                    List.of(new Port("webhook", 9443, "TCP")), false),
            new Endpoint("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"), "10.244.9.4",
                    List.of(new Port("dns", 53, "UDP"), new Port("dns-tcp", 53, "TCP")), false),
            new Endpoint("outside", null, Map.of(), "203.0.113.10",
                    List.of(new Port("https", 443, "TCP"), new Port("api", 6443, "TCP")), false));

    private Reachability() {
    }

    /** Every allowed connection that starts or ends in the rendered namespace: "gateway → catalog:8080/TCP". */
    static Set<String> flows(Rendered rendered) {
        List<Endpoint> endpoints = new ArrayList<>(workloads(rendered));
        endpoints.addAll(OUTSIDE);
        List<NetworkPolicy> policies = rendered.networkPolicies().toList();
        Set<String> flows = new TreeSet<>();
        for (Endpoint from : endpoints) {
            for (Endpoint to : endpoints) {
                if (!from.ours() && !to.ours()) {
                    continue;
                }
                for (Port port : to.ports()) {
                    if (allowed(policies, from, to, port, "Egress", from) && allowed(policies, from, to, port, "Ingress", to)) {
                        flows.add(from.name() + " → " + to.name() + ":" + port.number() + "/" + port.protocol());
                    }
                }
            }
        }
        return flows;
    }

    private static List<Endpoint> workloads(Rendered rendered) {
        List<Endpoint> workloads = new ArrayList<>();
        int[] address = {1};
        rendered.deployments().forEach(d -> workloads.add(new Endpoint(d.getMetadata().getName(), Rendered.namespace(d),
                d.getSpec().getTemplate().getMetadata().getLabels(), "10.244.0." + address[0]++,
                d.getSpec().getTemplate().getSpec().getContainers().stream().flatMap(c -> c.getPorts().stream())
                        .map(p -> new Port(p.getName(), p.getContainerPort(), p.getProtocol() == null ? "TCP" : p.getProtocol()))
                        .toList(), true)));
        for (JsonNode cluster : rendered.custom("Cluster")) {
            String name = cluster.path("metadata").path("name").asString();
            // CloudNativePG's instance pods: PostgreSQL, the instance manager's status, the metrics exporter.
            workloads.add(new Endpoint(name, cluster.path("metadata").path("namespace").asString(""),
                    Map.of("cnpg.io/cluster", name, "cnpg.io/podRole", "instance"), "10.244.0." + address[0]++,
                    List.of(new Port("postgresql", 5432, "TCP"), new Port("status", 8000, "TCP"), new Port("metrics", 9187, "TCP")),
                    true));
        }
        return workloads;
    }

    /** Whether the policies of one side (the source's Egress or the destination's Ingress) let the connection through. */
    private static boolean allowed(List<NetworkPolicy> policies, Endpoint from, Endpoint to, Port port, String direction,
            Endpoint side) {
        List<NetworkPolicy> selecting = policies.stream()
                .filter(p -> Objects.equals(Rendered.namespace(p), side.namespace()))
                .filter(p -> Selectors.matches(p.getSpec().getPodSelector(), side.labels()))
                .filter(p -> types(p).contains(direction))
                .toList();
        if (selecting.isEmpty()) {
            return true;
        }
        Endpoint peer = direction.equals("Egress") ? to : from;
        return selecting.stream().anyMatch(policy -> direction.equals("Egress")
                ? policy.getSpec().getEgress().stream().anyMatch(rule -> peers(rule.getTo(), policy, peer) && ports(rule.getPorts(), to, port))
                : policy.getSpec().getIngress().stream().anyMatch(rule -> peers(rule.getFrom(), policy, peer) && ports(rule.getPorts(), to, port)));
    }

    /** policyTypes, or Kubernetes' default: Ingress, and Egress when the policy has egress rules. */
    private static Set<String> types(NetworkPolicy policy) {
        if (!policy.getSpec().getPolicyTypes().isEmpty()) {
            return Set.copyOf(policy.getSpec().getPolicyTypes());
        }
        return policy.getSpec().getEgress().isEmpty() ? Set.of("Ingress") : Set.of("Ingress", "Egress");
    }

    private static boolean peers(List<NetworkPolicyPeer> peers, NetworkPolicy policy, Endpoint peer) {
        return peers.isEmpty() || peers.stream().anyMatch(p -> peer(p, policy, peer));
    }

    private static boolean peer(NetworkPolicyPeer peer, NetworkPolicy policy, Endpoint endpoint) {
        if (peer.getIpBlock() != null) {
            return inBlock(peer.getIpBlock(), endpoint.ip());
        }
        if (endpoint.namespace() == null) {
            return false;
        }
        boolean namespace = peer.getNamespaceSelector() == null
                ? endpoint.namespace().equals(Rendered.namespace(policy))
                : Selectors.matches(peer.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", endpoint.namespace()));
        boolean pod = peer.getPodSelector() == null || Selectors.matches(peer.getPodSelector(), endpoint.labels());
        return namespace && pod;
    }

    private static boolean ports(List<NetworkPolicyPort> ports, Endpoint destination, Port port) {
        return ports.isEmpty() || ports.stream().anyMatch(p -> {
            String protocol = p.getProtocol() == null ? "TCP" : p.getProtocol();
            if (!protocol.equals(port.protocol())) {
                return false;
            }
            IntOrString number = p.getPort();
            if (number == null) {
                return true;
            }
            if (number.getStrVal() != null) {
                return number.getStrVal().equals(port.name()) && destination.ports().contains(port);
            }
            int end = p.getEndPort() == null ? number.getIntVal() : p.getEndPort();
            return port.number() >= number.getIntVal() && port.number() <= end;
        });
    }

    private static boolean inBlock(IPBlock block, String ip) {
        return inCidr(block.getCidr(), ip) && block.getExcept().stream().noneMatch(except -> inCidr(except, ip));
    }

    private static boolean inCidr(String cidr, String ip) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : 0xFFFFFFFFL << (32 - bits) & 0xFFFFFFFFL;
        return (address(parts[0]) & mask) == (address(ip) & mask);
    }

    private static long address(String ip) {
        return Stream.of(ip.split("\\.")).mapToLong(Long::parseLong).reduce(0, (a, b) -> a << 8 | b);
    }
}

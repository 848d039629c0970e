package org.urbaninnovation.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkPolicyTest {

    private static final List<String> APPLICATIONS = List.of("catalog", "metrics", "submissions", "gateway");

    /** The intended flows, and nothing else. */
    static Set<String> intended() {
        Set<String> flows = new TreeSet<>(List.of(
                // Clients reach the gateway and Keycloak through the ingress controller only.
                "ingress-nginx → gateway:8080/TCP",
                "ingress-nginx → keycloak:8080/TCP",
                // The gateway routes to the services.
                "gateway → catalog:8080/TCP",
                "gateway → metrics:8080/TCP",
                "gateway → submissions:8080/TCP",
                // Feeds: metrics reads the catalogue's; catalog and metrics read the submissions'.
                "metrics → catalog:8080/TCP",
                "catalog → submissions:8080/TCP",
                "metrics → submissions:8080/TCP",
                // Each service (and Keycloak) its database; the instances among themselves and with their operator.
                "catalog → platform-db:5432/TCP",
                "metrics → platform-db:5432/TCP",
                "submissions → platform-db:5432/TCP",
                "keycloak → platform-db:5432/TCP",
                "platform-db → platform-db:5432/TCP",
                "platform-db → platform-db:8000/TCP",
                "cnpg-operator → platform-db:5432/TCP",
                "cnpg-operator → platform-db:8000/TCP",
                // The instances to the Kubernetes API and the backup store, outside the pod network.
                "platform-db → outside:443/TCP",
                "platform-db → outside:6443/TCP",
                // Prometheus scrapes.
                "prometheus → keycloak:9000/TCP",
                "prometheus → platform-db:9187/TCP"));
        for (String application : APPLICATIONS) {
            flows.add(application + " → keycloak:8080/TCP");
            flows.add("prometheus → " + application + ":8080/TCP");
        }
        for (String workload : List.of("catalog", "metrics", "submissions", "gateway", "keycloak", "platform-db")) {
            flows.add(workload + " → kube-dns:53/UDP");
            flows.add(workload + " → kube-dns:53/TCP");
        }
        return flows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/production"})
    void thePoliciesAllowExactlyTheIntendedFlows(String overlay) {
        assertEquals(intended(), Reachability.flows(Rendered.of(overlay)));
    }

    @Test
    void withoutPoliciesEveryoneReachesEveryone() {
        assertEquals(true, Reachability.flows(Rendered.of("base")).contains("gateway → gateway:8080/TCP"));
    }

    @Test
    void aPolicyThatOpensTheDatabaseToTheGatewayIsCaught() {
        Set<String> flows = Reachability.flows(Rendered.fixture("gateway-reaches-database"));
        assertEquals(Set.of("gateway → platform-db:5432/TCP"), minus(flows, intended()));
        assertEquals(Set.of(), minus(intended(), flows));
    }

    @Test
    void dnsOverTcpLeftOutAndAMisspeltSelectorAreCaught() {
        Set<String> flows = Reachability.flows(Rendered.fixture("dns-udp-only"));
        Set<String> missing = new TreeSet<>(List.of("gateway → catalog:8080/TCP", "gateway → metrics:8080/TCP",
                "gateway → submissions:8080/TCP"));
        for (String workload : List.of("catalog", "metrics", "submissions", "gateway", "keycloak", "platform-db")) {
            missing.add(workload + " → kube-dns:53/TCP");
        }
        assertEquals(missing, minus(intended(), flows));
        assertEquals(Set.of(), minus(flows, intended()));
    }

    private static Set<String> minus(Set<String> all, Set<String> removed) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(removed);
        return rest;
    }
}

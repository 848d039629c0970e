package org.urbaninnovation.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PodRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void everyPodIsHardenedSizedPinnedProbedAndStopsGracefully(String kustomization) {
        assertEquals(List.of(), PodRules.check(Rendered.of(kustomization)));
    }

    @Test
    void probesAreSmallRyeHealthsOnADeclaredPort() {
        assertEquals(List.of("catalog/app: no startup probe",
                        "catalog/app: the liveness probe is not GET /q/health/live (/q/health)",
                        "catalog/app: the readiness probe's port is not one the container declares"),
                PodRules.check(Rendered.fixture("bad-probes")));
    }

    @Test
    void everyContainerHasRequestsAndLimits() {
        assertEquals(List.of("keycloak/build: no cpu request", "metrics/app: no cpu limit", "metrics/app: no memory limit"),
                PodRules.check(Rendered.fixture("no-limits")));
    }

    @Test
    void everyContainerRunsUnprivilegedOnAReadOnlyRoot() {
        assertEquals(List.of("gateway/app: runAsNonRoot is not true",
                        "gateway/app: readOnlyRootFilesystem is not true",
                        "gateway/app: allowPrivilegeEscalation is not false",
                        "gateway/app: capabilities are not dropped (drop: [ALL], nothing added)",
                        "gateway/app: seccompProfile is not RuntimeDefault"),
                PodRules.check(Rendered.fixture("unhardened")));
    }

    @Test
    void tmpIsAnEmptyDir() {
        assertEquals(List.of("submissions/app: /tmp is not an emptyDir (the root filesystem is read-only)"),
                PodRules.check(Rendered.fixture("no-tmp")));
    }

    @Test
    void imagesArePinnedAndThePlatformsAreTheOnesTheBuildMakesAtTheProjectVersion() {
        assertEquals(List.of("catalog/app: image urban-innovation/catalog-service:latest is not pinned (a tag other than latest, or a digest)",
                        "gateway/app: image urban-innovation/edge:1.0.0-SNAPSHOT is not the one deploy/image/build.sh builds "
                                + "(urban-innovation/(no module edge))",
                        "keycloak/keycloak: image quay.io/keycloak/keycloak is not pinned (a tag other than latest, or a digest)",
                        "metrics/app: image urban-innovation/metrics-service:0.9.0 is not the project's version 1.0.0-SNAPSHOT"),
                PodRules.check(Rendered.fixture("unpinned-images")));
    }

    @Test
    void noPodGetsAServiceAccountToken() {
        assertEquals(List.of("gateway: the pod mounts a service account token (automountServiceAccountToken is not false)",
                        "ServiceAccount catalog: automountServiceAccountToken is not false"),
                PodRules.check(Rendered.fixture("service-account-token")));
    }

    @Test
    void theShutdownFitsInTheGracePeriod() {
        assertEquals(List.of("catalog/app: terminationGracePeriodSeconds 25 is not longer than the preStop pause (5 s) "
                        + "+ the shutdown delay (5 s) + timeout (20 s)",
                        "metrics/app: no preStop pause (endpoints must drain before the application stops)"),
                PodRules.check(Rendered.fixture("short-grace")));
    }
}

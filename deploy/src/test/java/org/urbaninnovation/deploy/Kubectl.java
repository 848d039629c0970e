package org.urbaninnovation.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Renders a kustomization with {@code kubectl kustomize} (kustomize built into kubectl). Where kubectl
 * is absent the tests are skipped with a message saying so; in CI ({@code CI=true}) its absence is a
 * failure, so a pipeline without it cannot pass by skipping.
 */
final class Kubectl {

    private static volatile boolean warned;

    private Kubectl() {
    }

    static String kustomize(Path directory) {
        Path kubectl = find().orElseGet(Kubectl::absent);
        try {
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", directory.toString())
                    .redirectErrorStream(false).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + directory + " failed: " + err.strip());
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("Cannot run " + kubectl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while rendering " + directory, e);
        }
    }

    /** KUBECTL if set, else the first kubectl on the PATH. */
    static Optional<Path> find() {
        String explicit = System.getenv("KUBECTL");
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(Path.of(explicit));
        }
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static Path absent() {
        String message = "kubectl is not installed (neither KUBECTL nor the PATH names one): the manifests under "
                + "deploy/k8s were NOT rendered or checked. Install kubectl 1.27+ to run these tests.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message + " In CI this is a failure, not a skip.");
        }
        if (!warned) {
            warned = true;
            System.err.println("WARNING: " + message);
        }
        Assumptions.abort(message);
        throw new IllegalStateException("unreachable");
    }
}

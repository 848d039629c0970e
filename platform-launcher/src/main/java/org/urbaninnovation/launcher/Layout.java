package org.urbaninnovation.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where things live: the checkout, and the git-ignored {@code .platform/} state beside it. */
record Layout(Path home, Path state) {

    /** The checkout named by {@code platform.home}; state in PLATFORM_STATE_DIR, or .platform in the checkout. */
    static Layout fromSystemProperty() {
        Path home = Path.of(System.getProperty("platform.home", ".")).toAbsolutePath().normalize();
        String configured = System.getenv("PLATFORM_STATE_DIR");
        return new Layout(home, configured == null || configured.isBlank() ? home.resolve(".platform")
                : Path.of(configured).toAbsolutePath());
    }

    Layout withState(Path otherState) {
        return new Layout(home, otherState);
    }

    Path pgData() {
        return state().resolve("pgdata");
    }

    Path logs() {
        return state().resolve("logs");
    }

    Path log(String component) {
        return logs().resolve(component + ".log");
    }

    Path pids() {
        return state().resolve("pids");
    }

    Path pidFile(String component) {
        return pids().resolve(component + ".pid");
    }

    Path jwt() {
        return state().resolve("jwt");
    }

    Path jar(Component component) {
        return home.resolve(component.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    Path launcherJar() {
        return home.resolve("platform-launcher/target/platform-launcher.jar");
    }

    void createDirectories() {
        try {
            Files.createDirectories(logs());
            Files.createDirectories(pids());
            Files.createDirectories(jwt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> tail(Path file, int lines) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<String> all = Files.readAllLines(file);
            return new ArrayList<>(all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
        }
    }
}

package org.urbaninnovation.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where things live: the checkout, and the git-ignored {@code .platform/} state beside it. */
record Layout(Path home) {

    static Layout fromSystemProperty() {
        String home = System.getProperty("platform.home", ".");
        return new Layout(Path.of(home).toAbsolutePath().normalize());
    }

    /** PLATFORM_STATE_DIR, or .platform in the checkout. */
    Path state() {
        String configured = System.getenv("PLATFORM_STATE_DIR");
        return configured == null || configured.isBlank() ? home.resolve(".platform") : Path.of(configured).toAbsolutePath();
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

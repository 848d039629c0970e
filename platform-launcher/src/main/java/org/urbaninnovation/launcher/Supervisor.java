package org.urbaninnovation.launcher;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The long-lived background process behind {@code ./platform up}: it owns PostgreSQL and the four
 * applications, and on SIGTERM ({@code ./platform down}) stops them in reverse order, the gateway
 * first and PostgreSQL last, so nothing is orphaned and the database shuts down cleanly.
 */
public final class Supervisor {

    private final Layout layout;
    private final int pgPort;
    private final Map<Component, Process> processes = new LinkedHashMap<>();
    private LocalPostgres postgres;

    private Supervisor(Layout layout, int pgPort) {
        this.layout = layout;
        this.pgPort = pgPort;
    }

    public static void main(String[] args) throws Exception {
        Supervisor supervisor = new Supervisor(Layout.fromSystemProperty(), Platform.pgPort());
        Runtime.getRuntime().addShutdownHook(new Thread(supervisor::stopAll, "platform-shutdown"));
        try {
            supervisor.startAll();
        } catch (RuntimeException e) {
            log("FAILED " + e.getMessage());
            System.exit(1);
        }
        supervisor.watch();
    }

    private void startAll() throws IOException {
        layout.createDirectories();
        Pids.write(layout.pidFile("supervisor"), ProcessHandle.current().pid());
        DevIssuer issuer = new DevIssuer(layout.jwt());
        issuer.ensureKeys();

        log("starting PostgreSQL on port " + pgPort + " (data in " + layout.pgData() + ")");
        postgres = LocalPostgres.start(layout.pgData(), pgPort);
        postgres.ensureDatabases(Component.ALL.stream().filter(Component::hasDatabase).map(Component::database).toList());
        Pids.write(layout.pidFile("postgres"), LocalPostgres.postmasterPid(layout.pgData()));
        log("PostgreSQL durability: " + postgres.durabilitySettings());
        log("READY postgres");

        for (Component component : Component.ALL) {
            start(component, issuer);
        }
    }

    private void start(Component component, DevIssuer issuer) throws IOException {
        Process process = Launch.of(layout, issuer, postgres).start(component, component.port(), Map.of());
        processes.put(component, process);
        Pids.write(layout.pidFile(component.name()), process.pid());
        log("started " + component.name() + " (pid " + process.pid() + ") on port " + component.port());
    }

    /** Reports a component that dies on its own; the others keep running so its log can be read. */
    private void watch() throws InterruptedException {
        java.util.Set<Component> reported = new java.util.HashSet<>();
        while (true) {
            processes.forEach((component, process) -> {
                if (!process.isAlive() && reported.add(component)) {
                    log("EXITED " + component.name() + " with code " + process.exitValue());
                    Pids.delete(layout.pidFile(component.name()));
                }
            });
            Thread.sleep(1_000);
        }
    }

    private synchronized void stopAll() {
        List<Component> reverse = new ArrayList<>(processes.keySet());
        java.util.Collections.reverse(reverse);
        for (Component component : reverse) {
            Process process = processes.get(component);
            if (process.isAlive()) {
                log("stopping " + component.name());
                boolean graceful = Pids.stop(process.toHandle(), Duration.ofSeconds(20));
                log((graceful ? "stopped " : "killed ") + component.name());
            }
            Pids.delete(layout.pidFile(component.name()));
        }
        if (postgres != null) {
            log("stopping PostgreSQL");
            try {
                postgres.close();
            } catch (IOException e) {
                log("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            Pids.delete(layout.pidFile("postgres"));
        }
        Pids.delete(layout.pidFile("supervisor"));
        log("STOPPED");
    }

    private static void log(String message) {
        System.out.println(Instant.now() + " " + message);
        System.out.flush();
    }
}

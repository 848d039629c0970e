package org.urbaninnovation.launcher;

import java.io.IOException;
import java.nio.file.Files;
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
        // A young generation of 128 MB: with the default (a third of a 64 MB start) a service under
        // load collected every quarter second; a serial young collection costs the same whatever its size.
        List<String> command = new ArrayList<>(List.of(
                Platform.javaExecutable(), "-XX:+UseSerialGC", "-Xms160m", "-Xmn128m", "-Xmx384m",
                "-jar", layout.jar(component).toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(layout.home().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.log(component.name()).toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(component.port()));
        env.put("QUARKUS_HTTP_HOST", "localhost");
        env.put("JWT_PUBLIC_KEY_LOCATION", issuer.publicKey().toString());
        env.put("JWT_ISSUER", DevIssuer.ISSUER);
        if (component.hasDatabase()) {
            env.put("DB_URL", postgres.jdbcUrl(component.database()));
            env.put("DB_USER", component.database());
            env.put("DB_PASSWORD", component.database());
        }
        env.put("CATALOG_URL", Component.CATALOG.url());
        env.put("METRICS_URL", Component.METRICS.url());
        env.put("SUBMISSIONS_URL", Component.SUBMISSIONS.url());
        if (component.equals(Component.GATEWAY)) {
            // The gateway's local profile: the development issuer (sign-in as a demo user) with this key.
            env.put("QUARKUS_PROFILE", "local");
            env.put("DEV_ISSUER_PRIVATE_KEY", issuer.privateKey().toString());
        }
        if (component.equals(Component.METRICS)) {
            env.put("CATALOG_FEED_TOKEN", issuer.serviceToken());
        }
        Files.writeString(layout.log(component.name()), "---- start " + Instant.now() + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        Process process = builder.start();
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

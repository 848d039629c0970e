package org.urbaninnovation.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ./platform up | down | status | logs [component] | token <demo-user> | demo-award}: runs the
 * whole platform locally. {@code up} starts a background {@link Supervisor} and follows it until every
 * component is ready; the other commands read what it left under {@code .platform/}.
 */
public final class Platform {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(
            Long.parseLong(System.getenv().getOrDefault("PLATFORM_START_TIMEOUT", "240")));

    private final Layout layout;

    private Platform(Layout layout) {
        this.layout = layout;
    }

    public static void main(String[] args) {
        Platform platform = new Platform(Layout.fromSystemProperty());
        String command = args.length == 0 ? "help" : args[0];
        try {
            int code = switch (command) {
                case "up" -> platform.up();
                case "down" -> platform.down();
                case "status" -> platform.status();
                case "logs" -> platform.logs(args.length > 1 ? args[1] : null);
                case "token" -> platform.token(args);
                case "demo-award" -> platform.demoAward(args);
                case "verify-faults" -> platform.verifyFaults(args);
                default -> usage();
            };
            System.exit(code);
        } catch (LauncherException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    static int pgPort() {
        return Integer.parseInt(System.getenv().getOrDefault("PLATFORM_PG_PORT", "54329")) + portOffset();
    }

    static int portOffset() {
        return Integer.parseInt(System.getenv().getOrDefault("PLATFORM_PORT_OFFSET", "0"));
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private int up() {
        if (Pids.alive(layout.pidFile("supervisor")).isPresent()) {
            System.out.println("The platform is already running.");
            status();
            return 0;
        }
        for (Component component : Component.ALL) {
            if (!Files.exists(layout.jar(component))) {
                throw new LauncherException("Missing " + layout.jar(component) + ": build first (./mvnw -B package -DskipTests).");
            }
        }
        Ports.requireFree(pgPort(), "PostgreSQL, PLATFORM_PG_PORT");
        for (Component component : Component.ALL) {
            Ports.requireFree(component.port(), component.name());
        }
        layout.createDirectories();
        ProcessHandle supervisor = spawnSupervisor();
        System.out.println("Starting the platform (logs in " + layout.logs() + ")");

        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Set<String> ready = new LinkedHashSet<>();
        long started = System.nanoTime();
        long lastProgress = System.nanoTime();
        while (ready.size() < Component.ALL.size() + 1) {
            if (System.nanoTime() - lastProgress > Duration.ofSeconds(10).toNanos()) {
                List<String> waiting = new ArrayList<>(List.of("postgres"));
                Component.ALL.forEach(c -> waiting.add(c.name()));
                waiting.removeAll(ready);
                progress("...", "still starting: " + String.join(", ", waiting), started);
                lastProgress = System.nanoTime();
            }
            if (!supervisor.isAlive()) {
                return failStart("The platform supervisor stopped", "supervisor");
            }
            Optional<String> exited = supervisorLog().stream().filter(l -> l.contains(" EXITED ")).findFirst();
            if (exited.isPresent()) {
                String component = exited.get().replaceAll(".* EXITED (\\S+).*", "$1");
                return failStart(component + " exited during start-up", component);
            }
            if (!ready.contains("postgres") && supervisorLog().stream().anyMatch(l -> l.endsWith("READY postgres"))) {
                ready.add("postgres");
                lastProgress = System.nanoTime();
                progress("postgres", "ready on port " + pgPort(), started);
            }
            for (Component component : Component.ALL) {
                if (!ready.contains(component.name()) && ready.contains("postgres")
                        && "UP".equals(Health.readiness(component))) {
                    ready.add(component.name());
                    lastProgress = System.nanoTime();
                    progress(component.name(), "ready at " + component.url(), started);
                }
            }
            if (System.nanoTime() > deadline) {
                List<String> waiting = new ArrayList<>();
                Component.ALL.stream().map(Component::name).filter(n -> !ready.contains(n)).forEach(waiting::add);
                return failStart("Timed out after " + START_TIMEOUT.toSeconds() + " s waiting for " + waiting,
                        waiting.isEmpty() ? "supervisor" : waiting.get(0));
            }
            sleep(500);
        }
        printWelcome();
        return 0;
    }

    private ProcessHandle spawnSupervisor() {
        List<String> command = List.of(javaExecutable(), "-Xmx128m", "-XX:TieredStopAtLevel=1",
                "-Dplatform.home=" + layout.home(),
                "-cp", layout.launcherJar().toString(), Supervisor.class.getName());
        try {
            Path log = layout.log("supervisor");
            Files.deleteIfExists(log);
            Process process = new ProcessBuilder(command)
                    .directory(layout.home().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            return process.toHandle();
        } catch (IOException e) {
            throw new LauncherException("Cannot start the platform supervisor: " + e.getMessage(), e);
        }
    }

    private int failStart(String reason, String component) {
        System.err.println("error: " + reason + ". Last lines of " + layout.log(component) + ":");
        layout.tail(layout.log(component), 25).forEach(line -> System.err.println("  | " + line));
        if (!component.equals("supervisor")) {
            System.err.println("Supervisor log:");
            layout.tail(layout.log("supervisor"), 10).forEach(line -> System.err.println("  | " + line));
        }
        System.err.println("Stopping what was started...");
        down();
        return 1;
    }

    private int down() {
        Optional<ProcessHandle> supervisor = Pids.alive(layout.pidFile("supervisor"));
        if (supervisor.isPresent()) {
            System.out.println("Stopping the platform...");
            Pids.stop(supervisor.get(), Duration.ofSeconds(60));
        }
        // Whatever survived a crashed supervisor is stopped here, so nothing is left behind.
        List<String> leftovers = new ArrayList<>();
        for (Component component : Component.ALL) {
            Pids.alive(layout.pidFile(component.name())).ifPresent(p -> {
                leftovers.add(component.name());
                Pids.stop(p, Duration.ofSeconds(20));
            });
            Pids.delete(layout.pidFile(component.name()));
        }
        Optional<ProcessHandle> postmaster = postmaster();
        if (postmaster.isPresent()) {
            leftovers.add("postgres");
            // SIGTERM is PostgreSQL's "smart" shutdown: it waits for clients, which are gone now.
            Pids.stop(postmaster.get(), Duration.ofSeconds(30));
        }
        Pids.delete(layout.pidFile("postgres"));
        Pids.delete(layout.pidFile("supervisor"));
        if (supervisor.isEmpty() && leftovers.isEmpty()) {
            System.out.println("The platform is not running.");
        } else {
            System.out.println("Stopped" + (leftovers.isEmpty() ? "." : " (also stopped left-over " + leftovers + ")."));
        }
        return 0;
    }

    private Optional<ProcessHandle> postmaster() {
        try {
            if (!Files.exists(layout.pgData().resolve("postmaster.pid"))) {
                return Optional.empty();
            }
            return ProcessHandle.of(LocalPostgres.postmasterPid(layout.pgData())).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private int status() {
        boolean running = Pids.alive(layout.pidFile("supervisor")).isPresent();
        System.out.printf("%-12s %-8s %s%n", "COMPONENT", "STATE", "WHERE");
        System.out.printf("%-12s %-8s %s%n", "postgres", postmaster().isPresent() ? "UP" : "DOWN",
                "localhost:" + pgPort());
        for (Component component : Component.ALL) {
            String state = Pids.alive(layout.pidFile(component.name())).isPresent() ? Health.readiness(component) : "STOPPED";
            System.out.printf("%-12s %-8s %s%n", component.name(), state, component.url());
        }
        if (!running) {
            System.out.println("(not running: ./platform up starts it)");
        }
        return running ? 0 : 3;
    }

    private int logs(String component) {
        List<String> names = component == null
                ? List.of("supervisor", "catalog", "metrics", "submissions", "gateway")
                : List.of("postgres".equals(component) ? "supervisor" : Component.named(component).name());
        for (String name : names) {
            System.out.println("==> " + layout.log(name) + " <==");
            layout.tail(layout.log(name), component == null ? 20 : 200).forEach(System.out::println);
        }
        return 0;
    }

    private int token(String[] args) {
        DevSignIn signIn = new DevSignIn(Component.GATEWAY.url());
        if (args.length < 2) {
            System.err.println("usage: ./platform token <demo-user>; demo users: "
                    + String.join(", ", signIn.users().stream().map(u -> String.valueOf(u.get("login"))).toList()));
            return 2;
        }
        System.out.println(signIn.token(args[1]));
        return 0;
    }

    /** The bearer token {@code ./platform token} prints for a demo user. */
    /** A demo user's token from the gateway's development issuer. */
    private String tokenFor(String login) {
        return new DevSignIn(Component.GATEWAY.url()).token(login);
    }

    /**
     * Walks an award cycle (the demo data's 7th unless another id is given) to published through
     * the gateway, then waits for its winners in the catalogue and the metrics.
     */
    private int demoAward(String[] args) {
        if (Pids.alive(layout.pidFile("supervisor")).isEmpty()) {
            throw new LauncherException("The platform is not running: ./platform up first.");
        }
        DemoAward demo = new DemoAward(new AwardApi(Component.GATEWAY.url(), this::tokenFor), System.out);
        List<DemoAward.Awarded> awarded = demo.walk(args.length > 1 ? args[1] : DemoAward.DEMO_CYCLE);
        boolean shown = demo.showInCatalogueAndMetrics(awarded, 60);
        System.out.println();
        System.out.println("Try: curl -s '" + Component.GATEWAY.url() + "/api/v1/initiatives?q=bee-eater' | jq '.items[].title'");
        awarded.stream().findFirst().ifPresent(first -> System.out.println("     curl -s '" + Component.GATEWAY.url()
                + "/api/v1/outcomes?initiative=" + first.initiativeId() + "' | jq '.items[]'"));
        return shown ? 0 : 1;
    }

    /**
     * Runs {@link FaultSuite} in a JVM of its own, on ports shifted by FAULTS_PORT_OFFSET (6000)
     * and a throwaway state directory, so that a developer's running platform is never touched.
     */
    private int verifyFaults(String[] args) {
        for (Component component : Component.ALL) {
            if (!Files.exists(layout.jar(component))) {
                throw new LauncherException("Missing " + layout.jar(component) + ": build first (./mvnw -B package -DskipTests).");
            }
        }
        try {
            Path state = Files.createTempDirectory("platform-faults");
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-Dplatform.home=" + layout.home(), "-cp", layout.launcherJar().toString(), FaultSuite.class.getName()));
            command.addAll(List.of(args).subList(1, args.length));
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("PLATFORM_PORT_OFFSET", System.getenv().getOrDefault("FAULTS_PORT_OFFSET", "6000"));
            builder.environment().put("PLATFORM_STATE_DIR", state.toString());
            Process suite = builder.start();
            // Stopped itself (Ctrl-C, kill), the command stops the suite, which stops what it started.
            Thread stopSuite = new Thread(() -> Pids.stop(suite.toHandle(), Duration.ofSeconds(30)));
            Runtime.getRuntime().addShutdownHook(stopSuite);
            int code = suite.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopSuite);
            System.out.println("(logs of the run: " + state.resolve("logs") + ")");
            return code;
        } catch (IOException e) {
            throw new LauncherException("Cannot start the fault suite: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private void printWelcome() {
        System.out.println();
        System.out.println("The platform is up.");
        String gateway = Component.GATEWAY.url();
        System.out.println("  Gateway      " + gateway + "   (all clients go here)");
        System.out.println("  Swagger UI   " + gateway + "/q/swagger-ui");
        System.out.println("  Try          curl -s " + gateway + "/api/v1/initiatives");
        for (Component component : Component.ALL) {
            if (component != Component.GATEWAY) {
                System.out.printf("  %-12s %s   (OpenAPI %s/q/openapi)%n", component.name(), component.url(), component.url());
            }
        }
        System.out.println("  PostgreSQL   localhost:" + pgPort() + " (databases catalog, metrics, submissions)");
        System.out.println();
        System.out.println("Demo users (./platform token <user> prints a bearer token):");
        for (java.util.Map<String, Object> user : new DevSignIn(gateway).users()) {
            Object claims = user.get("claims");
            System.out.printf("  %-14s %-6s %s %s%n", user.get("login"), user.get("role"), user.get("name"),
                    claims instanceof java.util.Map<?, ?> map && !map.isEmpty() ? map : "");
        }
        System.out.println();
        System.out.println("./platform demo-award walks the 7th cycle to published; ./platform status | logs [component] | down");
    }

    private List<String> supervisorLog() {
        return layout.tail(layout.log("supervisor"), 200);
    }

    private static void progress(String component, String what, long startedNanos) {
        System.out.printf("  %-12s %s (%.1f s)%n", component, what, (System.nanoTime() - startedNanos) / 1e9);
    }

    private static int usage() {
        System.out.println("usage: ./platform up | down | status | logs [component] | token <demo-user> | demo-award [cycle-id]"
                + " | verify-faults [--short] [--only <text>]");
        return 2;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted");
        }
    }
}

package org.urbaninnovation.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform as the fault suite drives it: the same PostgreSQL and applications as
 * {@code ./platform up}, each of which can be killed, stopped, resumed and started again on its
 * own, while the suite watches readiness. Loopback only; everything stops with {@link #close()}.
 */
final class FaultPlatform implements AutoCloseable {

    enum Signal {
        KILL, TERM, STOP, CONT
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private final Layout layout;
    private final DevIssuer issuer;
    private final int pgPort;
    private LocalPostgres postgres;
    private final Map<String, Process> running = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();

    FaultPlatform(Layout layout, int pgPort) {
        this.layout = layout;
        this.issuer = new DevIssuer(layout.jwt());
        this.pgPort = pgPort;
    }

    void startPostgres() {
        layout.createDirectories();
        issuer.ensureKeys();
        postgres = LocalPostgres.start(layout.pgData(), pgPort);
        postgres.ensureDatabases(Component.ALL.stream().filter(Component::hasDatabase).map(Component::database).toList());
    }

    /** Starts PostgreSQL again on its data directory after a crash: it recovers from its WAL. */
    void restartPostgres() {
        try {
            // Releases the data directory's lock that this process still holds for the crashed server.
            postgres.close();
        } catch (IOException | RuntimeException alreadyGone) {
            // pg_ctl finds no server to stop: expected after a crash.
        }
        postgres = LocalPostgres.start(layout.pgData(), pgPort);
    }

    String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    /** A connection to a service's database, as the service's own user. */
    java.sql.Connection connect(Component component) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(jdbcUrl(component.database()), component.database(), component.database());
    }

    /** Starts an application (or a second instance of one, under another name and port) and waits until it is ready. */
    Duration start(String name, Component component, int port, Map<String, String> env) throws IOException {
        environments.put(name, env);
        Process process = Launch.of(layout, issuer, postgres).start(component, port, env, name);
        running.put(name, process);
        return awaitReady(url(port), Duration.ofSeconds(120))
                .orElseThrow(() -> new LauncherException(name + " did not become ready; see " + layout.log(name)));
    }

    Duration start(Component component, Map<String, String> env) throws IOException {
        return start(component.name(), component, component.port(), env);
    }

    void signal(String name, Signal signal) {
        Process process = running.get(name);
        if (process == null) {
            throw new LauncherException("Not running: " + name);
        }
        send(process.toHandle(), signal);
    }

    /** Every PostgreSQL process: the postmaster and its backends, as a crash or a freeze would hit them all. */
    void signalPostgres(Signal signal) throws IOException {
        ProcessHandle postmaster = ProcessHandle.of(LocalPostgres.postmasterPid(layout.pgData())).orElseThrow();
        if (signal == Signal.STOP) {
            send(postmaster, signal);
            // A backend the postmaster forked just before it stopped is missing from a first listing: stop
            // until the kernel reports every process stopped.
            for (int pass = 0; pass < 50; pass++) {
                List<ProcessHandle> running = postmaster.descendants().filter(p -> state(p.pid()) != 'T').toList();
                if (running.isEmpty()) {
                    return;
                }
                running.forEach(backend -> send(backend, signal));
                pause(20);
            }
            return;
        }
        List<ProcessHandle> backends = postmaster.descendants().toList();
        send(postmaster, signal);
        backends.forEach(backend -> send(backend, signal));
        if (signal == Signal.KILL) {
            postmaster.onExit().join();
        }
    }

    /** How many PostgreSQL processes the kernel reports stopped (state T), of how many. */
    String postgresStopped() throws IOException {
        ProcessHandle postmaster = ProcessHandle.of(LocalPostgres.postmasterPid(layout.pgData())).orElseThrow();
        List<ProcessHandle> all = new java.util.ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        long stopped = all.stream().filter(p -> state(p.pid()) == 'T').count();
        return stopped + " of " + all.size();
    }

    private static char state(long pid) {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2);
        } catch (IOException | RuntimeException e) {
            return '?';
        }
    }

    void awaitExit(String name, Duration timeout) {
        Process process = running.get(name);
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new LauncherException(name + " did not exit within " + timeout.toSeconds() + " s");
        }
    }

    /** Starts an application again with the environment it had. */
    Duration restart(String name, Component component, int port) throws IOException {
        return start(name, component, port, environments.getOrDefault(name, Map.of()));
    }

    static String url(int port) {
        return "http://localhost:" + port;
    }

    /** "UP", "DOWN" or "unreachable", from /q/health/ready. */
    static String readiness(int port) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url(port) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? "UP" : "DOWN";
        } catch (IOException e) {
            return "unreachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unreachable";
        }
    }

    /** How long until readiness is UP, or empty after the timeout. */
    static Optional<Duration> awaitReady(String baseUrl, Duration timeout) {
        int port = URI.create(baseUrl).getPort();
        long start = System.nanoTime();
        while (System.nanoTime() - start < timeout.toNanos()) {
            if ("UP".equals(readiness(port))) {
                return Optional.of(Duration.ofNanos(System.nanoTime() - start));
            }
            pause(100);
        }
        return Optional.empty();
    }

    /** How long until readiness is no longer UP, or empty after the timeout. */
    static Optional<Duration> awaitNotReady(int port, Duration timeout) {
        long start = System.nanoTime();
        while (System.nanoTime() - start < timeout.toNanos()) {
            if (!"UP".equals(readiness(port))) {
                return Optional.of(Duration.ofNanos(System.nanoTime() - start));
            }
            pause(100);
        }
        return Optional.empty();
    }

    /** A gauge or counter of the application's /q/metrics, summed over its series. */
    static double metric(int port, String name) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url(port) + "/q/metrics"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.body().lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    Path log(String name) {
        return layout.log(name);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted");
        }
    }

    private static void send(ProcessHandle process, Signal signal) {
        if (signal == Signal.KILL) {
            process.destroyForcibly();
            return;
        }
        if (signal == Signal.TERM) {
            process.destroy();
            return;
        }
        // SIGSTOP and SIGCONT have no Java API; kill(1) is on every Linux.
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal.name(), Long.toString(process.pid())).inheritIO().start();
            kill.waitFor();
        } catch (IOException e) {
            throw new LauncherException("Cannot send SIG" + signal + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        List<String> names = new java.util.ArrayList<>(running.keySet());
        java.util.Collections.reverse(names);
        for (String name : names) {
            Process process = running.get(name);
            if (process.isAlive()) {
                Pids.stop(process.toHandle(), Duration.ofSeconds(15));
            }
        }
        if (postgres != null) {
            try {
                signalPostgres(Signal.CONT);
                postgres.close();
            } catch (IOException | RuntimeException e) {
                // Already gone: a scenario killed it.
            }
        }
    }

}

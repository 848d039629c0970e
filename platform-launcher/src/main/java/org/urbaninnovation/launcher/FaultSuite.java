package org.urbaninnovation.launcher;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.urbaninnovation.launcher.FaultPlatform.Signal;

/**
 * {@code ./platform verify-faults [--short]}: the platform under faults, scenario by scenario, on
 * loopback ports of its own and a throwaway state directory; it stops by itself and prints one row
 * per scenario (what was acknowledged, what survived, errors seen, recovery). Exit status 0 when
 * every scenario met its expectation. {@code --short} is the version the build runs; {@code --only
 * <text>} runs the scenarios whose name contains the text.
 */
public final class FaultSuite {

    /** One line of the table. */
    record Row(String scenario, String load, String acknowledged, String survived, String errors, String recovery,
            boolean passed, String why) {
    }

    // HTTP/1.1 for every client of the suite: the JDK's default upgrades to HTTP/2 and then multiplexes
    // every request over one connection, queueing them in the client once the server's stream limit
    // is reached, which would measure the client's queue rather than the service.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private static final String HAIKOU = "11111111-0000-4000-8000-000000000008";
    /** The demo data's 7th cycle, open for entries. */
    private static final String OPEN_CYCLE = "55555555-0000-4000-8000-000000000007";
    /** The port of the catalogue's second instance behind the gateway. */
    private static final int SECOND_CATALOG = Component.CATALOG.port() + 50;
    /** The services' default SHUTDOWN_DELAY: readiness DOWN but still serving. */
    private static final Duration SHUTDOWN_DELAY = Duration.ofSeconds(2);
    /** Small enough that 256 clients overload the catalogue whatever else the machine does. */
    private static final String MAX_IN_FLIGHT = "32";

    private final FaultPlatform platform;
    private final boolean quick;
    private final String admin;
    private final FeedChaosProxy feed;
    private final DevSignIn signIn;
    /** {@code --only <text>}: the scenarios whose name contains it; all when empty. */
    private final String selected;

    private FaultSuite(FaultPlatform platform, boolean quick, FeedChaosProxy feed, DevSignIn signIn, String selected) {
        this.selected = selected;
        this.platform = platform;
        this.quick = quick;
        this.signIn = signIn;
        this.admin = signIn.token("admin");
        this.feed = feed;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--short");
        int only = Arrays.asList(args).indexOf("--only");
        String selected = only >= 0 && only + 1 < args.length ? args[only + 1] : "";
        Layout layout = Layout.fromSystemProperty();
        List<Row> rows = new ArrayList<>();
        long started = System.nanoTime();
        String admin = null;
        try (FaultPlatform platform = new FaultPlatform(layout, Platform.pgPort());
                FeedChaosProxy feed = new FeedChaosProxy(Component.CATALOG.port() + 60, Component.CATALOG.url());
                FeedChaosProxy awardFeed = new FeedChaosProxy(Component.SUBMISSIONS.port() + 60, Component.SUBMISSIONS.url())) {
            // Interrupted (Ctrl-C, kill), the suite stops the services and PostgreSQL it started, as at its end.
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
            say("PostgreSQL and the services on ports " + Component.CATALOG.port() + "-" + Component.SUBMISSIONS.port()
                    + ", state in " + layout.state());
            platform.startPostgres();
            // Polls twice a second: under chaos the proxy's pages are short, and a short page ends a poll.
            Map<String, String> awardConsumer = Map.of("SUBMISSIONS_URL", awardFeed.url(), "SUBMISSIONS_FEED_INTERVAL", "0.5s");
            platform.start(Component.CATALOG, with(awardConsumer, "MAX_IN_FLIGHT", MAX_IN_FLIGHT));
            platform.start(Component.METRICS, with(with(awardConsumer, "CATALOG_URL", feed.url()), "CATALOG_FEED_INTERVAL", "0.5s"));
            platform.start(Component.SUBMISSIONS, Map.of());
            // The gateway's development issuer signs the demo users' tokens, as on ./platform up.
            // The catalogue's second instance, for the SIGTERM scenario, is started there; until then the
            // gateway finds it refusing and sends everything to the first.
            // Without rate limits: the suite's clients write more than a caller may in a minute, and the
            // limits have tests of their own.
            platform.start(Component.GATEWAY, Map.of("CATALOG_URL", Component.CATALOG.url() + "," + FaultPlatform.url(SECOND_CATALOG),
                    "GATEWAY_RATE_LIMITS", "false"));
            FaultSuite suite = new FaultSuite(platform, quick, feed, new DevSignIn(Component.GATEWAY.url()), selected);
            admin = suite.admin;
            rows.add(suite.scenario("kill -9 catalog under creates", suite::killCatalog));
            rows.add(suite.scenario("kill -9 metrics under ingest", suite::killMetrics));
            rows.add(suite.scenario("kill -9 submissions under autosaves", suite::killSubmissions));
            rows.add(suite.scenario("kill -9 PostgreSQL under writes", suite::killPostgres));
            rows.add(suite.scenario("SIGSTOP PostgreSQL", suite::freezePostgres));
            rows.add(suite.scenario("SIGTERM catalog under reads", suite::terminateCatalog));
            rows.add(suite.scenario("SIGTERM one of two catalogue instances behind the gateway", suite::terminateOneOfTwo));
            rows.add(suite.scenario("feed under faults", suite::feedUnderFaults));
            rows.add(suite.scenario("overload", suite::overload));
            // Last of these: its thousands of awards go to the two demo cities, whose pages the others read.
            rows.add(suite.scenario("award feed under faults",
                    new AwardFeedUnderFaults(platform, awardFeed, suite.signIn, quick)::run));
        }
        if (selected.isEmpty() || "disk full under writes".contains(selected)) {
            rows.add(DiskFull.run(layout, quick, admin));
        }
        rows.removeIf(java.util.Objects::isNull);
        print(rows, Duration.ofNanos(System.nanoTime() - started));
        System.exit(rows.stream().allMatch(Row::passed) ? 0 : 1);
    }

    private interface Scenario {
        Row run(String name) throws Exception;
    }

    private Row scenario(String name, Scenario scenario) {
        if (!name.contains(selected)) {
            return null;
        }
        say("== " + name);
        try {
            Row row = scenario.run(name);
            say("   " + (row.passed() ? "met" : "NOT MET: " + row.why()));
            return row;
        } catch (Exception e) {
            say("   failed: " + e);
            return new Row(name, "-", "-", "-", e.toString(), "-", false, e.getMessage());
        }
    }

    // ---- kill -9 a service under write load

    private Row killCatalog(String name) throws Exception {
        return killService(name, Component.CATALOG, cityCreates(Component.CATALOG.url()), "city");
    }

    private Row killMetrics(String name) throws Exception {
        return killService(name, Component.METRICS, observationIngests(), "observation");
    }

    private Row killService(String name, Component component, IntFunction<IntFunction<FaultWriters.Create>> creates,
            String table) throws Exception {
        FaultWriters writers = new FaultWriters(admin, 4, creates).start();
        FaultPlatform.pause(quick ? 2_000 : 4_000);
        platform.signal(component.name(), Signal.KILL);
        platform.awaitExit(component.name(), Duration.ofSeconds(10));
        Duration ready = platform.restart(component.name(), component, component.port());
        FaultPlatform.pause(2_000);
        writers.close();
        Survival survival = survival(component, table, writers.acknowledged);
        boolean passed = survival.lost().isEmpty() && survival.duplicates() == 0 && writers.conflicts.get() == 0
                && writers.notProblem.get() == 0 && !writers.acknowledged.isEmpty();
        return new Row(name, "4 clients creating, each create retried with its key until acknowledged",
                Integer.toString(writers.acknowledged.size()), survival.describe(writers.acknowledged.size()),
                writers.failedAttempts + " failed attempts retried, " + writers.conflicts + " duplicates refused, "
                        + writers.notProblem + " errors not problem+json",
                "ready " + seconds(ready) + " after restart", passed, survival.describe(writers.acknowledged.size()));
    }

    private Row killSubmissions(String name) throws Exception {
        String xianning = signIn.token("city-xianning");
        String haikou = signIn.token("city-haikou");
        FaultAutosaves autosaves = new FaultAutosaves(Component.SUBMISSIONS.url(), OPEN_CYCLE, xianning, xianning, haikou, haikou)
                .start();
        FaultPlatform.pause(quick ? 2_000 : 4_000);
        platform.signal(Component.SUBMISSIONS.name(), Signal.KILL);
        platform.awaitExit(Component.SUBMISSIONS.name(), Duration.ofSeconds(10));
        Duration ready = platform.restart(Component.SUBMISSIONS.name(), Component.SUBMISSIONS, Component.SUBMISSIONS.port());
        FaultPlatform.pause(2_000);
        autosaves.close();
        Map<String, String> lost = autosaves.lost(admin);
        boolean passed = lost.isEmpty() && autosaves.saves.get() > 0 && autosaves.notProblem.get() == 0;
        return new Row(name, "4 drafts autosaved with If-Match by 2 cities, each save retried until acknowledged",
                autosaves.saves + " saves", (autosaves.acknowledged.size() - lost.size()) + " of " + autosaves.acknowledged.size()
                        + " drafts hold their last acknowledged save",
                autosaves.failedAttempts + " failed attempts retried, " + autosaves.notProblem + " errors not problem+json",
                "ready " + seconds(ready) + " after restart", passed, passed ? "" : "lost: " + lost);
    }

    // ---- kill -9 PostgreSQL under write load

    private Row killPostgres(String name) throws Exception {
        FaultWriters cities = new FaultWriters(admin, 2, cityCreates(Component.CATALOG.url())).start();
        FaultWriters observations = new FaultWriters(admin, 2, observationIngests()).start();
        FaultPlatform.pause(quick ? 2_000 : 4_000);
        platform.signalPostgres(Signal.KILL);
        Optional<Duration> down = FaultPlatform.awaitNotReady(Component.CATALOG.port(), Duration.ofSeconds(10));
        FaultPlatform.pause(3_000);
        boolean downMeanwhile = !"UP".equals(FaultPlatform.readiness(Component.METRICS.port()));
        platform.restartPostgres();
        long back = System.nanoTime();
        Optional<Duration> catalogUp = FaultPlatform.awaitReady(Component.CATALOG.url(), Duration.ofSeconds(30));
        Optional<Duration> metricsUp = FaultPlatform.awaitReady(Component.METRICS.url(), Duration.ofSeconds(30));
        int before = cities.acknowledged.size() + observations.acknowledged.size();
        while (cities.acknowledged.size() + observations.acknowledged.size() == before
                && System.nanoTime() - back < Duration.ofSeconds(30).toNanos()) {
            FaultPlatform.pause(50);
        }
        Duration firstWrite = Duration.ofNanos(System.nanoTime() - back);
        FaultPlatform.pause(2_000);
        cities.close();
        observations.close();
        Survival catalog = survival(Component.CATALOG, "city", cities.acknowledged);
        Survival metrics = survival(Component.METRICS, "observation", observations.acknowledged);
        Duration slowest = max(catalogUp, metricsUp);
        boolean passed = catalog.lost().isEmpty() && metrics.lost().isEmpty() && down.isPresent() && downMeanwhile
                && slowest.compareTo(Duration.ofSeconds(10)) <= 0 && firstWrite.compareTo(Duration.ofSeconds(10)) <= 0;
        int acknowledged = cities.acknowledged.size() + observations.acknowledged.size();
        return new Row(name, "2 clients creating cities, 2 ingesting figures",
                Integer.toString(acknowledged), "catalog " + catalog.describe(cities.acknowledged.size()) + "; metrics "
                        + metrics.describe(observations.acknowledged.size()),
                (cities.failedAttempts.get() + observations.failedAttempts.get()) + " failed attempts retried ("
                        + (cities.refused.get() + observations.refused.get()) + " of them 503)",
                "readiness DOWN " + down.map(FaultSuite::seconds).orElse("never") + " after the kill; UP "
                        + seconds(slowest) + " and first write " + seconds(firstWrite) + " after PostgreSQL was back",
                passed, passed ? "" : "lost, no readiness change, or recovery over 10 s");
    }

    // ---- SIGSTOP PostgreSQL

    private record Probe(long sentNanos, long latencyNanos, int status, boolean problem) {
    }

    private Row freezePostgres(String name) throws Exception {
        int port = Component.CATALOG.port();
        ConcurrentLinkedQueue<Probe> probes = new ConcurrentLinkedQueue<>();
        // Open loop: a request every 50 ms on a thread of its own, so that requests stuck at the freeze
        // do not stop new ones from being sent.
        ExecutorService senders = Executors.newCachedThreadPool();
        java.util.concurrent.ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        clock.scheduleAtFixedRate(() -> senders.submit(() -> probes.add(probe(Component.CATALOG.url() + "/api/v1/cities?page="
                + ThreadLocalRandom.current().nextInt(3) + "&size=" + (1 + ThreadLocalRandom.current().nextInt(20))))),
                0, 50, TimeUnit.MILLISECONDS);
        FaultPlatform.pause(1_000);
        long frozen = System.nanoTime();
        platform.signalPostgres(Signal.STOP);
        String stopped = platform.postgresStopped();
        long freeze = quick ? 6_000 : 10_000;
        FaultPlatform.pause(freeze);
        platform.signalPostgres(Signal.CONT);
        long resumed = System.nanoTime();
        Optional<Duration> recovered = Optional.empty();
        while (recovered.isEmpty() && System.nanoTime() - resumed < Duration.ofSeconds(30).toNanos()) {
            recovered = probes.stream().filter(p -> p.sentNanos() > resumed && p.status() == 200).findFirst()
                    .map(p -> Duration.ofNanos(p.sentNanos() + p.latencyNanos() - resumed));
            FaultPlatform.pause(100);
        }
        clock.shutdownNow();
        senders.shutdown();
        senders.awaitTermination(40, TimeUnit.SECONDS);
        // Requests sent while frozen, after the ones already waiting at the freeze have had the pool's timeout.
        List<Probe> during = probes.stream().filter(p -> p.sentNanos() > frozen + Duration.ofSeconds(3).toNanos()
                && p.sentNanos() < resumed - Duration.ofMillis(500).toNanos()).toList();
        long slowest = during.stream().mapToLong(Probe::latencyNanos).max().orElse(0);
        long refused = during.stream().filter(p -> p.status() == 503 && p.problem()).count();
        long otherErrors = during.stream().filter(p -> p.status() != 200 && !(p.status() == 503 && p.problem())).count();
        FaultPlatform.pause(10_000);
        double active = FaultPlatform.metric(port, "agroal_active_count");
        double awaiting = FaultPlatform.metric(port, "agroal_awaiting_count");
        // Busy worker threads and requests in progress, not the thread count: the worker pool keeps the
        // threads it grew for a while, idle, which is not a leak.
        double busyWorkers = FaultPlatform.metric(port, "worker_pool_active");
        double inFlight = FaultPlatform.metric(port, "http_requests_in_flight");
        // While frozen, a request needing the database fails within the acquisition timeout; one sent in
        // the last two seconds of the freeze may instead get its connection once PostgreSQL is back.
        boolean passed = !during.isEmpty() && refused > 0 && slowest <= Duration.ofMillis(2_500).toNanos()
                && otherErrors == 0
                && recovered.isPresent() && recovered.get().compareTo(Duration.ofSeconds(10)) <= 0
                && active == 0 && awaiting == 0 && busyWorkers <= 1 && inFlight == 0;
        return new Row(name + " " + freeze / 1000 + " s (" + stopped + " processes stopped)",
                "a city page read (DB) every 50 ms, open loop",
                probes.size() + " requests", "-",
                during.size() + " sent while frozen: " + refused + " answered 503 problem, "
                        + (during.size() - refused - otherErrors) + " 200 once it was back, " + otherErrors
                        + " otherwise; slowest " + millis(slowest) + " ms",
                "first 200 " + recovered.map(FaultSuite::seconds).orElse("never") + " after SIGCONT; 10 s later connections"
                        + " in use " + (int) active + ", awaited " + (int) awaiting + ", busy workers " + (int) busyWorkers
                        + ", requests in progress " + (int) inFlight,
                passed, passed ? "" : "slow or non-problem answers while frozen, slow recovery, or a leak");
    }

    private static Probe probe(String url) {
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Probe(sent, System.nanoTime() - sent, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        } catch (IOException e) {
            return new Probe(sent, System.nanoTime() - sent, -1, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(sent, System.nanoTime() - sent, -1, false);
        }
    }

    // ---- SIGTERM a service during load

    private Row terminateCatalog(String name) throws Exception {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger refusedConnections = new AtomicInteger();
        AtomicInteger cut = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong termAt = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE / 2);
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            pool.submit(() -> {
                while (!stop.get()) {
                    // A connection per request: a pooled connection that the server closed while it was idle
                    // would fail the next request without that request ever being in flight.
                    long started = System.nanoTime();
                    try {
                        java.net.HttpURLConnection connection = (java.net.HttpURLConnection) URI.create(
                                Component.CATALOG.url() + "/api/v1/cities?size=50").toURL().openConnection();
                        connection.setRequestProperty("Connection", "close");
                        connection.setConnectTimeout(1_000);
                        connection.setReadTimeout(15_000);
                        int status = connection.getResponseCode();
                        try (java.io.InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                            if (body != null) {
                                body.readAllBytes();
                            }
                        }
                        connection.disconnect();
                        (status == 200 ? ok : errors).incrementAndGet();
                    } catch (ConnectException e) {
                        refusedConnections.incrementAndGet();
                        FaultPlatform.pause(100);
                    } catch (IOException e) {
                        // Cut: a request sent while the service still listened (before SIGTERM and its
                        // shutdown delay) lost its answer. Later, the listener is closing and a connection
                        // the kernel accepted can be dropped unread, as a refused one would be.
                        (started < termAt.get() + SHUTDOWN_DELAY.toNanos() ? cut : refusedConnections).incrementAndGet();
                    }
                }
            });
        }
        FaultPlatform.pause(2_000);
        long term = System.nanoTime();
        termAt.set(term);
        platform.signal(Component.CATALOG.name(), Signal.TERM);
        platform.awaitExit(Component.CATALOG.name(), Duration.ofSeconds(30));
        Duration shutdown = Duration.ofNanos(System.nanoTime() - term);
        FaultPlatform.pause(500);
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(20, TimeUnit.SECONDS);
        Duration ready = platform.restart(Component.CATALOG.name(), Component.CATALOG, Component.CATALOG.port());
        boolean passed = cut.get() == 0 && errors.get() == 0 && ok.get() > 0;
        return new Row(name, "4 clients reading, one connection per request", ok + " answered", "-",
                cut + " cut in flight, " + errors + " errors; " + refusedConnections + " refused once it was stopping to listen",
                "stopped " + seconds(shutdown) + " after SIGTERM; ready " + seconds(ready) + " after restart", passed,
                passed ? "" : "a request in flight was cut or failed");
    }

    private Row terminateOneOfTwo(String name) throws Exception {
        platform.start("catalog-2", Component.CATALOG, SECOND_CATALOG, Map.of("MAX_IN_FLIGHT", MAX_IN_FLIGHT));
        // The gateway probes four times a second: let it see the second instance ready.
        FaultPlatform.pause(2_000);
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger writes = new AtomicInteger();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        String gateway = Component.GATEWAY.url();
        long tag = System.nanoTime() % 1_000_000;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            boolean writer = i % 2 == 1;
            int client = i;
            pool.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    HttpRequest.Builder request = writer
                            ? HttpRequest.newBuilder(URI.create(gateway + "/api/v1/cities")).header("Authorization", "Bearer " + admin)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Two Instance Town " + tag + "-" + client
                                            + "-" + n + "\", \"country\": \"Testland\"}"))
                            : HttpRequest.newBuilder(URI.create(gateway + "/api/v1/cities?size=20&page=" + (n % 3))).GET();
                    try {
                        HttpResponse<String> answer = HTTP.send(request.timeout(Duration.ofSeconds(15)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() / 100 == 2) {
                            (writer ? writes : reads).incrementAndGet();
                        } else {
                            // Who refused it, the gateway or the instance left, is in the problem's detail.
                            errors.add((writer ? "POST " : "GET ") + answer.statusCode() + " " + answer.body());
                        }
                    } catch (IOException e) {
                        errors.add(e.toString());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        FaultPlatform.pause(2_000);
        long term = System.nanoTime();
        platform.signal("catalog-2", Signal.TERM);
        platform.awaitExit("catalog-2", Duration.ofSeconds(30));
        Duration shutdown = Duration.ofNanos(System.nanoTime() - term);
        FaultPlatform.pause(2_000);
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(20, TimeUnit.SECONDS);
        boolean passed = errors.isEmpty() && reads.get() > 0 && writes.get() > 0;
        return new Row(name, "2 clients reading and 2 creating cities through the gateway, one of two instances stopped",
                reads + " reads, " + writes + " creates answered", "-", errors.size() + " errors seen by clients"
                        + (errors.isEmpty() ? "" : ": " + errors.stream().distinct().limit(3).toList()),
                "the stopped instance exited " + seconds(shutdown) + " after SIGTERM", passed,
                passed ? "" : "a client saw an error");
    }

    // ---- the catalogue feed under faults

    private Row feedUnderFaults(String name) throws Exception {
        int target = quick ? 1_000 : 10_000;
        feed.chaos(true);
        AtomicInteger events = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        int citiesPerClient = target / 4 / 5;
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        for (int client = 0; client < 4; client++) {
            int c = client;
            pool.submit(() -> {
                for (int i = 0; i < citiesPerClient; i++) {
                    changeCityFiveTimes("Feed Town " + run + "-" + c + "-" + i, events, failures);
                }
            });
        }
        pool.shutdown();
        int consumerKills = 0;
        boolean producerRestarted = false;
        while (!pool.awaitTermination(quick ? 3 : 6, TimeUnit.SECONDS)) {
            if (!producerRestarted && events.get() > target / 3) {
                platform.signal(Component.CATALOG.name(), Signal.TERM);
                platform.awaitExit(Component.CATALOG.name(), Duration.ofSeconds(30));
                platform.restart(Component.CATALOG.name(), Component.CATALOG, Component.CATALOG.port());
                producerRestarted = true;
            } else if (consumerKills < (quick ? 2 : 5)) {
                platform.signal(Component.METRICS.name(), Signal.KILL);
                platform.awaitExit(Component.METRICS.name(), Duration.ofSeconds(10));
                platform.restart(Component.METRICS.name(), Component.METRICS, Component.METRICS.port());
                consumerKills++;
            }
        }
        long last;
        try (Connection catalog = connect(Component.CATALOG); Statement s = catalog.createStatement();
                ResultSet rs = s.executeQuery("select max(seq) from outbox_event")) {
            rs.next();
            last = rs.getLong(1);
        }
        // The consumer catches up through the faults, which stay on until it has.
        long deadline = System.nanoTime() + Duration.ofSeconds(60 + target / 50).toNanos();
        long[] cursor = cursor();
        while (cursor[0] < last && System.nanoTime() < deadline) {
            FaultPlatform.pause(500);
            cursor = cursor();
        }
        feed.chaos(false);
        long produced;
        Set<String> producer = new HashSet<>();
        try (Connection catalog = connect(Component.CATALOG); Statement s = catalog.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from outbox_event where seq <= " + cursor[0])) {
                rs.next();
                produced = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("select id, name, country, coalesce(population, -1), version from city")) {
                while (rs.next()) {
                    producer.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getLong(4) + "|" + rs.getLong(5));
                }
            }
        }
        Set<String> projection = new HashSet<>();
        try (Connection metrics = connect(Component.METRICS); Statement s = metrics.createStatement();
                ResultSet rs = s.executeQuery("select id, name, country, coalesce(population, -1), version from catalog_city")) {
            while (rs.next()) {
                projection.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getLong(4) + "|" + rs.getLong(5));
            }
        }
        Set<String> lost = new TreeSet<>(producer);
        lost.removeAll(projection);
        long appliedTwice = cursor[1] - produced;
        boolean passed = cursor[0] >= last && lost.isEmpty() && appliedTwice == 0 && events.get() >= target * 9 / 10;
        return new Row(name, events + " catalogue events (cities created and changed), consumer killed " + consumerKills
                        + "x, producer restarted " + (producerRestarted ? "1x" : "0x"),
                produced + " events up to the cursor", (producer.size() - lost.size()) + " of " + producer.size()
                        + " cities as the producer has them; " + appliedTwice + " events applied twice",
                feed.duplicated + " older pages served again, " + feed.shuffled + " pages shuffled, " + feed.refused
                        + " pages refused; " + failures + " producer writes failed",
                "cursor " + cursor[0] + " of " + last, passed,
                passed ? "" : lost.size() + " cities differ; cursor " + cursor[0] + "/" + last + "; applied twice " + appliedTwice);
    }

    private void changeCityFiveTimes(String name, AtomicInteger events, AtomicInteger failures) {
        String base = Component.CATALOG.url() + "/api/v1/cities";
        String body = "{\"name\": \"" + name + "\", \"country\": \"Testland\", \"population\": %d}";
        Optional<HttpResponse<String>> created = retry(() -> HttpRequest.newBuilder(URI.create(base))
                .header("Idempotency-Key", "feed-" + name.replace(' ', '-')).POST(HttpRequest.BodyPublishers.ofString(body.formatted(0))));
        if (created.isEmpty() || created.get().statusCode() != 201) {
            failures.incrementAndGet();
            return;
        }
        events.incrementAndGet();
        String id = created.get().body().replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
        String etag = created.get().headers().firstValue("ETag").orElse("");
        for (int version = 1; version < 5; version++) {
            int population = version * 1000;
            String match = etag;
            Optional<HttpResponse<String>> updated = retry(() -> HttpRequest.newBuilder(URI.create(base + "/" + id))
                    .header("If-Match", match).PUT(HttpRequest.BodyPublishers.ofString(body.formatted(population))));
            if (updated.isPresent() && updated.get().statusCode() == 200) {
                events.incrementAndGet();
                etag = updated.get().headers().firstValue("ETag").orElse("");
            } else if (updated.isPresent() && updated.get().statusCode() == 412) {
                // An update applied whose answer was lost: read the current version and go on.
                etag = retry(() -> HttpRequest.newBuilder(URI.create(base + "/" + id)).GET())
                        .flatMap(r -> r.headers().firstValue("ETag")).orElse(etag);
                version--;
            } else {
                failures.incrementAndGet();
            }
        }
    }

    /** The request, sent again while the catalogue restarts (refused, cut, 503), up to 30 s. */
    private Optional<HttpResponse<String>> retry(java.util.function.Supplier<HttpRequest.Builder> request) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = HTTP.send(request.get().timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json").build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 500) {
                    return Optional.of(response);
                }
            } catch (IOException e) {
                // Restarting: try again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            FaultPlatform.pause(200);
        }
        return Optional.empty();
    }

    /** The metrics projection's cursor and its count of consumed events. */
    private long[] cursor() throws SQLException {
        try (Connection metrics = connect(Component.METRICS); Statement s = metrics.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(max(last_seq), 0), coalesce(max(applied_events), 0) from feed_cursor")) {
            rs.next();
            return new long[] { rs.getLong(1), rs.getLong(2) };
        }
    }

    // ---- overload

    private Row overload(String name) throws Exception {
        String url = Component.CATALOG.url() + "/api/v1/cities/haikou";
        Load normal = load(url, 2, Duration.ofSeconds(quick ? 3 : 5));
        Load flood = load(url, 256, Duration.ofSeconds(quick ? 5 : 20));
        FaultPlatform.pause(1_000);
        long after = System.nanoTime();
        Load again = load(url, 2, Duration.ofSeconds(quick ? 3 : 5));
        double recoveredIn = (System.nanoTime() - after) / 1e9;
        boolean passed = flood.refusedWithRetryAfter() > 0 && flood.other() == 0 && again.p99Millis() <= Math.max(3 * normal.p99Millis(), 20)
                && again.other() == 0;
        return new Row(name, "256 concurrent clients on a city read, at most " + MAX_IN_FLIGHT + " in progress (2 clients before and after)",
                flood.ok() + " answered", "-",
                flood.refusedWithRetryAfter() + " refused 503 with Retry-After, " + flood.other() + " other errors; accepted p99 "
                        + flood.p99Millis() + " ms",
                "p99 " + normal.p99Millis() + " ms before, " + again.p99Millis() + " ms in the " + Math.round(recoveredIn)
                        + " s after",
                passed, passed ? "" : "no shedding, other errors, or p99 not back to normal");
    }

    private record Load(int ok, int refusedWithRetryAfter, int other, long p99Millis) {
    }

    private static Load load(String url, int clients, Duration duration) throws InterruptedException {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                                .GET().build(), HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() == 200) {
                            ok.incrementAndGet();
                            latencies.add(System.nanoTime() - sent);
                        } else if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()) {
                            refused.incrementAndGet();
                        } else {
                            other.incrementAndGet();
                        }
                    } catch (IOException e) {
                        other.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long p99 = sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))];
        return new Load(ok.get(), refused.get(), other.get(), p99 / 1_000_000);
    }

    // ---- what survived

    private record Survival(Set<String> lost, int duplicates) {

        String describe(int acknowledged) {
            return (acknowledged - lost.size()) + " of " + acknowledged + " present" + (duplicates > 0 ? ", " + duplicates + " duplicated" : "");
        }
    }

    private Survival survival(Component component, String table, Set<String> acknowledged) throws SQLException {
        Set<String> found = new HashSet<>();
        int duplicates;
        try (Connection c = connect(component)) {
            String present = table.equals("city")
                    ? "select id::text from city where id::text = any(?)"
                    : "select scope from observation where scope = any(?)";
            try (PreparedStatement ps = c.prepareStatement(present)) {
                ps.setArray(1, c.createArrayOf("text", acknowledged.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
            }
            String twice = table.equals("city")
                    ? "select count(*) from (select name from city where name like 'Fault Town %' group by name having count(*) > 1) d"
                    : "select count(*) from (select scope from observation where scope like 'fault-%' group by scope having count(*) > 1) d";
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(twice)) {
                rs.next();
                duplicates = rs.getInt(1);
            }
        }
        Set<String> lost = new TreeSet<>(acknowledged);
        lost.removeAll(found);
        return new Survival(lost, duplicates);
    }

    private Connection connect(Component component) throws SQLException {
        return platform.connect(component);
    }

    private static Map<String, String> with(Map<String, String> env, String name, String value) {
        Map<String, String> more = new java.util.HashMap<>(env);
        more.put(name, value);
        return Map.copyOf(more);
    }

    static IntFunction<IntFunction<FaultWriters.Create>> cityCreates(String baseUrl) {
        String url = baseUrl + "/api/v1/cities";
        long tag = System.nanoTime() % 1_000_000;
        return client -> n -> new FaultWriters.Create(url,
                "{\"name\": \"Fault Town " + tag + "-" + client + "-" + n + "\", \"country\": \"Testland\"}",
                "\"id\":\"([0-9a-f-]{36})\"", null);
    }

    private static IntFunction<IntFunction<FaultWriters.Create>> observationIngests() {
        String url = Component.METRICS.url() + "/api/v1/observations";
        long tag = System.nanoTime() % 1_000_000;
        return client -> n -> {
            String scope = "fault-" + tag + "-" + client + "-" + n;
            return new FaultWriters.Create(url, "[{\"initiativeId\": \"" + HAIKOU + "\", \"indicator\": \"residents_in_nature_education\","
                    + " \"phase\": \"result\", \"period\": \"2031\", \"scope\": \"" + scope + "\", \"value\": " + (n + 1)
                    + ", \"unit\": \"residents\", \"source\": {\"document\": \"fault-suite\", \"quote\": \"" + (n + 1)
                    + " residents\"}}]", null, scope);
        };
    }

    private static Duration max(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Duration.ofDays(1);
        }
        return a.get().compareTo(b.get()) >= 0 ? a.get() : b.get();
    }

    static String seconds(Duration duration) {
        return duration.compareTo(Duration.ofDays(1)) >= 0 ? "never" : String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void print(List<Row> rows, Duration took) {
        say("");
        say("| scenario | load | acknowledged | survived | errors seen | recovery | verdict |");
        say("|---|---|---|---|---|---|---|");
        for (Row row : rows) {
            say("| " + String.join(" | ", row.scenario(), row.load(), row.acknowledged(), row.survived(), row.errors(),
                    row.recovery(), row.passed() ? "met" : "**not met**: " + row.why()) + " |");
        }
        say("");
        say("RESULT " + rows.stream().filter(Row::passed).count() + " of " + rows.size() + " scenarios met, in "
                + took.toSeconds() + " s");
    }
}

package org.urbaninnovation.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The newcomer's path, end to end, on the packaged jars: {@code up} starts PostgreSQL and the four
 * applications, the gateway serves the catalogue, {@code token} works, {@code down} leaves no
 * process behind, and a second {@code up} finds the data again, also after PostgreSQL was killed
 * under write load. Runs on ports shifted by 10000
 * with its own state directory, so a developer's running platform is not touched.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    private static final int OFFSET = 10_000;
    private static final String GATEWAY = "http://localhost:" + (8080 + OFFSET);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Path state;

    @BeforeAll
    static void freshState() throws IOException {
        state = Files.createTempDirectory("platform-it");
    }

    @AfterAll
    static void stopWhateverIsLeft() throws Exception {
        platform("down");
    }

    @Test
    @Order(1)
    void upStartsEverythingAndServesTheCatalogueThroughTheGateway() throws Exception {
        Result up = platform("up");
        assertEquals(0, up.code(), up.output());
        assertTrue(up.output().contains("The platform is up."), up.output());
        assertTrue(up.output().contains("juror-germany"), up.output());

        HttpResponse<String> ready = get(GATEWAY + "/q/health/ready", null);
        assertEquals(200, ready.statusCode());
        HttpResponse<String> initiatives = get(GATEWAY + "/api/v1/initiatives", null);
        assertEquals(200, initiatives.statusCode(), initiatives.body());
        assertTrue(initiatives.body().contains("\"total\":14"), initiatives.body());
    }

    @Test
    @Order(2)
    void hostileTextThroughTheGatewayIsAProblemNotA5xx() throws Exception {
        for (String path : List.of("/api/v1/cities/x%00y", "/api/v1/initiatives?country=x%00y", "/api/v1/initiatives/x%00y/similar",
                "/api/v1/indicators/x%00y", "/api/v1/observations?country=x%00y", "/api/v1/outcomes?country=x%00y",
                "/api/v1/aggregates?fn=count&country=x%00y", "/api/v1/initiatives?q=%ED%A0%80")) {
            HttpResponse<String> response = get(GATEWAY + path, null);
            assertEquals(400, response.statusCode(), path + ": " + response.body());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), path);
        }
    }

    @Test
    @Order(2)
    void metricsLearnTheirPlacesFromTheRealCatalogueFeed() throws Exception {
        // Outcomes carry the city only once the metrics service has read the catalogue's events
        // with the service token the launcher gave it.
        String url = GATEWAY + "/api/v1/outcomes?city=xianning";
        HttpResponse<String> outcomes = get(url, null);
        for (int attempt = 0; attempt < 60 && !outcomes.body().contains("\"total\":3"); attempt++) {
            Thread.sleep(500);
            outcomes = get(url, null);
        }
        assertEquals(200, outcomes.statusCode(), outcomes.body());
        assertTrue(outcomes.body().contains("\"total\":3"), outcomes.body());
        assertTrue(outcomes.body().contains("\"city\":\"Xianning\""), outcomes.body());
    }

    @Test
    @Order(3)
    void statusAndTokenWork() throws Exception {
        Result status = platform("status");
        assertEquals(0, status.code(), status.output());
        assertEquals(5, status.output().lines().filter(l -> l.matches("\\S+\\s+UP\\s+.*")).count(), status.output());

        Result token = platform("token", "admin");
        assertEquals(0, token.code(), token.output());
        String jwt = token.output().lines().filter(l -> l.startsWith("ey")).findFirst().orElseThrow();
        assertEquals(200, get(GATEWAY + "/api/v1/initiatives?size=1", jwt).statusCode());
        assertEquals(401, get(GATEWAY + "/api/v1/initiatives?size=1", jwt + "x").statusCode());
    }

    @Test
    @Order(4)
    void secondUpIsHarmless() throws Exception {
        Result again = platform("up");
        assertEquals(0, again.code(), again.output());
        assertTrue(again.output().contains("already running"), again.output());
    }

    @Test
    @Order(5)
    void everyAcknowledgedCreateSurvivesAKillOfPostgres() throws Exception {
        try (Connection c = database(); Statement s = c.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet rs = s.executeQuery("show " + setting)) {
                    rs.next();
                    assertEquals("on", rs.getString(1), setting);
                }
            }
        }
        String admin = platform("token", "admin").output().lines().filter(l -> l.startsWith("ey")).findFirst().orElseThrow();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int client = 0; client < 8; client++) {
            int number = client;
            clients.submit(() -> createCitiesUntil(stop, admin, number, acknowledged));
        }
        Thread.sleep(5_000);
        killPostgres();
        Thread.sleep(1_000);
        stop.set(true);
        clients.shutdown();
        assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
        assertTrue(acknowledged.size() > 20, "too few creates to prove anything: " + acknowledged.size());

        assertEquals(0, platform("down").code());
        Result up = platform("up");
        assertEquals(0, up.code(), up.output());
        try (Connection c = database()) {
            Set<String> cities = ids(c, "select id::text from city where id::text = any(?)", acknowledged);
            Set<String> events = ids(c, "select aggregate_id from outbox_event where type = 'city.created' and aggregate_id = any(?)",
                    acknowledged);
            Set<String> lost = new java.util.TreeSet<>(acknowledged);
            lost.removeAll(cities);
            assertEquals(Set.of(), lost, "acknowledged with 201, gone after the crash (of " + acknowledged.size() + ")");
            Set<String> withoutEvent = new java.util.TreeSet<>(acknowledged);
            withoutEvent.removeAll(events);
            assertEquals(Set.of(), withoutEvent, "acknowledged creates without their outbox event");
        }
    }

    /** One client of the crash test: creates cities, each with its own key, and keeps the ids the platform acknowledged. */
    private static void createCitiesUntil(AtomicBoolean stop, String token, int client, Set<String> acknowledged) {
        Pattern id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
        for (int n = 0; !stop.get(); n++) {
            String body = "{\"name\": \"Durability Town " + client + "-" + n + "\", \"country\": \"Testland\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/cities"))
                    .timeout(java.time.Duration.ofSeconds(5))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "durability-" + client + "-" + n)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                Matcher matcher = id.matcher(response.body());
                if (response.statusCode() == 201 && matcher.find()) {
                    acknowledged.add(matcher.group(1));
                }
            } catch (IOException e) {
                // Refused or cut off while PostgreSQL is gone: not acknowledged, so not counted.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** SIGKILL of the postmaster and every backend, as a power cut or the OOM killer would do it. */
    private static void killPostgres() throws IOException {
        long pid = Long.parseLong(Files.readAllLines(state.resolve("pgdata/postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> backends = postmaster.descendants().toList();
        postmaster.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
    }

    private static Set<String> ids(Connection c, String sql, Set<String> wanted) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", wanted.toArray()));
            Set<String> found = new java.util.HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        }
    }

    @Test
    @Order(6)
    void downLeavesNothingBehindAndUpFindsTheDataAgain() throws Exception {
        try (Connection c = database(); Statement s = c.createStatement()) {
            s.execute("insert into cycle (code, name) values ('it-marker', 'kept across restarts')");
        }
        List<ProcessHandle> started = new ArrayList<>();
        try (var pids = Files.list(state.resolve("pids"))) {
            for (Path pid : pids.toList()) {
                ProcessHandle.of(Long.parseLong(Files.readString(pid).trim().split("\\s+")[0])).ifPresent(started::add);
            }
        }
        assertEquals(6, started.size(), "supervisor, postgres and four applications");

        Result down = platform("down");
        assertEquals(0, down.code(), down.output());
        for (ProcessHandle process : started) {
            assertFalse(process.isAlive(), "still running: " + process.info().commandLine().orElse("pid " + process.pid()));
        }

        Result up = platform("up");
        assertEquals(0, up.code(), up.output());
        try (Connection c = database(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select name from cycle where code = 'it-marker'")) {
            assertTrue(rs.next());
            assertEquals("kept across restarts", rs.getString(1));
        }
        HttpResponse<String> initiatives = get(GATEWAY + "/api/v1/initiatives", null);
        assertTrue(initiatives.body().contains("\"total\":14"), "the seed is not loaded twice: " + initiatives.body());
        assertEquals(0, platform("down").code());
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + (54329 + OFFSET) + "/catalog", "catalog", "catalog");
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private record Result(int code, String output) {
    }

    private static Result platform(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Dplatform.home=" + System.getProperty("platform.home"),
                "-jar", System.getProperty("launcher.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PLATFORM_PORT_OFFSET", Integer.toString(OFFSET));
        builder.environment().put("PLATFORM_STATE_DIR", state.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        return new Result(process.exitValue(), output);
    }
}

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
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The newcomer's path, end to end, on the packaged jars: {@code up} starts PostgreSQL and the four
 * applications, the gateway serves the catalogue, an award goes from a city's draft to a winner in
 * the catalogue and its outcomes in the metrics, {@code demo-award} walks the demo's cycle,
 * {@code token} works, {@code down} leaves no process behind, and a second {@code up} finds the data
 * again, also after PostgreSQL was killed under write load. Runs on ports shifted by 10000
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
    void aCitysEntryBecomesAPublishedWinnerWithItsOutcomesThroughTheGateway() throws Exception {
        AwardApi api = new AwardApi(GATEWAY, PlatformIT::token);
        JsonNode cycle = api.send("admin", "POST", "/api/v1/cycles", """
                {"number": 8, "name": "8th award, end to end", "submissionDeadline": "%s", "timeZone": "Asia/Shanghai",
                 "winners": 1}""".formatted(Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS)), null, 201);
        String cycleId = cycle.path("id").asText();
        for (String[] juror : new String[][] { { "juror-kenya", "KE" }, { "juror-brazil", "BR" }, { "juror-germany", "DE" } }) {
            api.send("admin", "POST", "/api/v1/cycles/" + cycleId + "/jurors",
                    Map.of("subject", juror[0], "name", "Juror " + juror[1], "country", juror[1]), null, 201);
        }
        api.send("admin", "POST", "/api/v1/cycles/" + cycleId + "/phase", Map.of("phase", "open"),
                api.getWithEtag(null, "/api/v1/cycles/" + cycleId).etag(), 200);

        // Xianning drafts with a title, completes its entry by an autosave and submits it.
        JsonNode draft = api.send("city-xianning", "POST", "/api/v1/cycles/" + cycleId + "/submissions",
                Map.of("title", "Quietway crossings for every school"), null, 201);
        String entry = draft.path("id").asText();
        AwardApi.Answer saved = api.mergePatch("city-xianning", "/api/v1/submissions/" + entry, ENTRY, "\"0\"");
        assertFalse(saved.body().path("wordCounts").path("abstract").path("over").asBoolean(true), saved.body().toString());
        assertEquals("submitted", api.send("city-xianning", "POST", "/api/v1/submissions/" + entry + "/submit", null, null, 200)
                .path("status").asText());

        // The secretariat screens and assigns, three jurors score, the secretariat ranks, decides and publishes.
        List<DemoAward.Awarded> awarded = new DemoAward(api, System.out).walk(cycleId);
        assertEquals(List.of(new DemoAward.Awarded(entry, "Quietway crossings for every school", "winner")), awarded);
        assertEquals("winner", api.get("city-xianning", "/api/v1/submissions/" + entry).path("status").asText());

        // The catalogue publishes it from the award's feed, the metrics its claims: within 30 s.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode found = api.get(null, "/api/v1/initiatives?q=Quietway");
        JsonNode outcomes = api.get(null, "/api/v1/outcomes?initiative=" + entry);
        while ((found.path("total").asInt() == 0 || outcomes.path("total").asInt() == 0) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            found = api.get(null, "/api/v1/initiatives?q=Quietway");
            outcomes = api.get(null, "/api/v1/outcomes?initiative=" + entry);
        }
        assertEquals(1, found.path("total").asInt(), found.toString());
        assertEquals(entry, found.path("items").path(0).path("id").asText());
        assertEquals("gz-award-8", found.path("items").path(0).path("cycle").asText());
        assertEquals(1, outcomes.path("total").asInt(), outcomes.toString());
        JsonNode pair = outcomes.path("items").path(0);
        assertEquals(List.of("students_walking_to_school_share", "30", "97", "true", "Quietway crossings for every school"),
                List.of(pair.path("indicator").asText(), pair.path("baseline").path("value").asText(),
                        pair.path("result").path("value").asText(), pair.path("improved").asText(), pair.path("initiative").asText()));
        assertEquals(entry, api.get(null, "/api/v1/initiatives/" + entry).path("provenance").path("submissionId").asText());
    }

    @Test
    @Order(3)
    void demoAwardWalksTheSeventhCycleToPublishedAndItsWinnersShow() throws Exception {
        Result demo = platform("demo-award");
        assertEquals(0, demo.code(), demo.output());
        assertTrue(demo.output().contains("juror-germany  scores"), demo.output());
        assertTrue(demo.output().contains("admin          publishes the cycle"), demo.output());
        HttpResponse<String> found = get(GATEWAY + "/api/v1/initiatives?q=bee-eater&cycle=gz-award-7", null);
        assertTrue(found.body().contains("33333333-0000-4000-8000-000000000102"), found.body());
        Result again = platform("demo-award");
        assertEquals(0, again.code(), again.output());
        assertTrue(again.output().contains("now in published"), again.output());
        assertFalse(again.output().contains("publishes the cycle"), "a published cycle is shown, not published again");
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
        // The seed's 14 and the winners the award published before.
        int publishedBefore = new ObjectMapper().readTree(get(GATEWAY + "/api/v1/initiatives", null).body()).path("total").asInt();
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
        assertTrue(initiatives.body().contains("\"total\":" + publishedBefore), "the seed is not loaded twice, and the"
                + " award's winners not published twice: " + publishedBefore + " before, " + initiatives.body());
        assertEquals(0, platform("down").code());
    }

    /** What Xianning's entry says once complete: the catalogue's initiative shape, its city, a claim and a contact. */
    private static final String ENTRY = """
            {"summary": "Raised crossings and a car-free hour make every school run a walk.",
             "sections": {"abstract": "Raised zebra crossings, quietways and a car-free hour around every primary school.",
               "background": "Parents drove their children to school through congested streets.",
               "keyMeasures": "Raised crossings, quietways, a car-free hour at the school gates.",
               "innovativeAspects": "Children mapped the routes they walk.",
               "outcomes": "Nearly every pupil now walks or cycles to school."},
             "themes": ["social_cultural"], "sdgs": [3, 11], "innovationType": "incremental", "tags": ["quietway"],
             "partners": [{"name": "Xianning Education Bureau", "role": "co-lead"}],
             "city": {"name": "Xianning", "country": "China", "countryCode": "CN", "population": 3036100, "areaKm2": 9752},
             "outcomeClaims": [{"indicator": "Students walking to school", "unit": "%", "direction": "higher_is_better",
               "baseline": {"value": 30, "qualifier": "exact", "period": "2022"},
               "result": {"value": 97, "qualifier": "approximately", "period": "2024"},
               "evidence": "School travel survey of all primary schools, 2022 and 2024."}],
             "contacts": [{"name": "Xianning city office", "email": "award@xianning.example.org"}]}""";

    /** A demo user's token, as {@code ./platform token} prints it. */
    private static String token(String user) {
        try {
            return platform("token", user).output().lines().filter(l -> l.startsWith("ey")).findFirst().orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException("./platform token " + user + " failed", e);
        }
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

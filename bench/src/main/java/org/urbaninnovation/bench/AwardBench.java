package org.urbaninnovation.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntConsumer;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The award at scale (bench/README.md, "award"): a cycle of {@code --entries} submitted entries
 * from 100 cities in 20 countries, {@code --jurors} jurors from 30 countries and {@code --reviews}
 * reviews per entry, made through the submission service's API; then it times the automatic
 * assignment and the (uncached) ranking, drives draft autosaves (PATCH, open loop) while the
 * ranking is read, and publishes {@code --winners} winners and waits until each is in the
 * catalogue's search and its claim in the metrics' outcomes. Prints figures, asserts nothing.
 */
final class AwardBench {

    private static final List<String> THEMES = List.of("social_cultural", "economic", "environmental", "governance", "technology");
    private static final List<String> COUNTRIES = List.of("AR", "AU", "BR", "CA", "CL", "CO", "DE", "EG", "ES", "ET", "FR", "GB",
            "GH", "ID", "IN", "IT", "JP", "KE", "KR", "MA", "MX", "NG", "NL", "PE", "PH", "PL", "SE", "TR", "VN", "ZA");
    private static final int CITIES = 100;
    private static final int ENTRY_COUNTRIES = 20;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String submissions;
    private final String catalog;
    private final String metrics;
    private final DevTokens tokens;
    private final String admin;
    private final int threads;
    private final PrintStream out;
    /** A word of this run only, in every entry's title and its claim's indicator: what the waits search for. */
    private final String runWord;

    private AwardBench(String submissions, String catalog, String metrics, DevTokens tokens, int threads, PrintStream out) {
        this.submissions = submissions;
        this.catalog = catalog;
        this.metrics = metrics;
        this.tokens = tokens;
        this.admin = tokens.token("admin", "admin", null, null);
        this.threads = threads;
        this.out = out;
        StringBuilder word = new StringBuilder("benchrun");
        for (long t = Instant.now().getEpochSecond(); t > 0; t /= 26) {
            word.append((char) ('a' + t % 26));
        }
        this.runWord = word.toString();
    }

    static void main(String[] argv) throws Exception {
        Args a = new Args(argv, Set.of(), Set.of("submissions-url", "catalog-url", "metrics-url", "jwt-dir", "entries", "jurors",
                "reviews", "winners", "drafts", "patch-rate", "ranking-rate", "warmup", "duration", "threads", "output-dir",
                "ranking-cycle"));
        AwardBench bench = new AwardBench(a.required("submissions-url"), a.required("catalog-url"), a.required("metrics-url"),
                new DevTokens(Path.of(a.required("jwt-dir"))), (int) a.longValue("threads", 8), System.out);
        int entries = (int) a.longValue("entries", 5000);
        int jurors = (int) a.longValue("jurors", 300);
        int reviews = (int) a.longValue("reviews", 3);
        int winners = (int) a.longValue("winners", 100);
        if (entries < winners || winners < 1 || winners > 100 || jurors < reviews || reviews < 1) {
            throw new Args.BadArgument("need 1 <= --winners <= 100 (the award's limit) <= --entries, and --jurors >= --reviews >= 1");
        }
        int drafts = (int) a.longValue("drafts", 1000);
        double patchRate = a.doubleValue("patch-rate", 100);
        double rankingRate = a.doubleValue("ranking-rate", 10);
        double warmup = a.doubleValue("warmup", 10);
        double duration = a.doubleValue("duration", 30);
        String rankingCycle = a.get("ranking-cycle", null);
        if (rankingCycle != null) {
            // Only the autosaves, against the ranking of a cycle scored by an earlier run.
            bench.autosavesWhileRankingIsRead(rankingCycle, winners, drafts, patchRate, rankingRate, warmup, duration,
                    a.get("output-dir", null));
            return;
        }
        bench.run(entries, jurors, reviews, winners, drafts, patchRate, rankingRate, warmup, duration, a.get("output-dir", null));
    }

    private void run(int entries, int jurors, int reviews, int winners, int drafts, double patchRate, double rankingRate,
            double warmup, double duration, String outputDir) throws Exception {
        out.printf(Locale.ROOT, "award benchmark (run word %s): %d entries, %d jurors, %d reviews each, %d winners%n", runWord,
                entries, jurors, reviews, winners);
        String cycle = cycle("Scale cycle " + runWord, winners, reviews);
        List<String> jurorTokens = new ArrayList<>();
        setup(() -> parallel(jurors, j -> {
            String country = COUNTRIES.get(j % COUNTRIES.size());
            String subject = "bench-juror-" + runWord + "-" + j;
            expect(201, "POST", submissions + "/api/v1/cycles/" + cycle + "/jurors", admin, new JsonObject()
                    .put("subject", subject).put("name", "Bench juror " + j).put("country", country).encode(), null);
        }), jurors + " jurors registered");
        for (int j = 0; j < jurors; j++) {
            jurorTokens.add(tokens.token("bench-juror-" + runWord + "-" + j, "jury", "country", COUNTRIES.get(j % COUNTRIES.size())));
        }
        phase(cycle, "open");
        AtomicReferenceArray<String> ids = new AtomicReferenceArray<>(entries);
        setup(() -> parallel(entries, n -> {
            String city = cityToken(n % CITIES);
            String id = expect(201, "POST", submissions + "/api/v1/cycles/" + cycle + "/submissions", city, entry(n), null)
                    .getString("id");
            expect(200, "POST", submissions + "/api/v1/submissions/" + id + "/submit", city, null, null);
            ids.set(n, id);
        }), entries + " entries created complete and submitted");
        phase(cycle, "screening");
        setup(() -> parallel(entries, n -> expect(200, "POST", submissions + "/api/v1/submissions/" + ids.get(n)
                + "/screening", admin, "{\"eligible\": true, \"reason\": \"Complete.\"}", null)), entries + " entries screened eligible");

        long t = System.nanoTime();
        JsonObject plan = expect(200, "POST", submissions + "/api/v1/cycles/" + cycle + "/assignments/auto", admin,
                "{\"perSubmission\": " + reviews + "}", null);
        double assignMs = (System.nanoTime() - t) / 1e6;
        out.printf(Locale.ROOT, "AUTO-ASSIGNMENT %d assignments (%d entries × %d, %d jurors, loads %d–%d, %d shortfalls) in %.0f ms"
                + " (target ≤ 5000 ms)%n", plan.getInteger("created"), plan.getInteger("entries"), reviews, plan.getInteger("jurors"),
                plan.getInteger("minLoad"), plan.getInteger("maxLoad"), plan.getJsonArray("shortfalls").size(), assignMs);

        phase(cycle, "review");
        SplittableRandom scores = new SplittableRandom(42);
        long[] seeds = new long[jurors];
        for (int j = 0; j < jurors; j++) {
            seeds[j] = scores.nextLong();
        }
        setup(() -> parallel(jurors, j -> {
            SplittableRandom juror = new SplittableRandom(seeds[j]);
            for (JsonObject assignment : items(jurorTokens.get(j), "/api/v1/assignments?cycle=" + cycle)) {
                String review = submissions + "/api/v1/assignments/" + assignment.getString("id") + "/review";
                JsonObject byCriterion = new JsonObject();
                for (String criterion : List.of("innovation", "effectiveness", "replicability", "significance")) {
                    byCriterion.put(criterion, 3 + juror.nextInt(8));
                }
                expect(200, "PUT", review, jurorTokens.get(j), new JsonObject().put("scores", byCriterion)
                        .put("comment", "Reviewed for the benchmark.").encode(), "\"0\"");
                expect(200, "POST", review + "/file", jurorTokens.get(j), null, null);
            }
        }), entries * reviews + " reviews saved and filed");
        phase(cycle, "deliberation");

        List<Double> rankingMs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            t = System.nanoTime();
            expect(200, "GET", submissions + "/api/v1/cycles/" + cycle + "/ranking?size=20", admin, null, null);
            rankingMs.add((System.nanoTime() - t) / 1e6);
        }
        List<Double> sorted = rankingMs.stream().sorted().toList();
        out.printf(Locale.ROOT, "RANKING of %d entries (%d reviews), first read computed (uncached) %.0f ms, then from the ranking cache until a review or decision changes: median of 10 %.0f ms, max %.0f ms"
                + " (target ≤ 300 ms); cycle %s (ranking-cycle= for more autosave runs)%n", entries, entries * reviews,
                rankingMs.get(0), sorted.get(4), sorted.get(9), cycle);

        autosavesWhileRankingIsRead(cycle, winners, drafts, patchRate, rankingRate, warmup, duration, outputDir);
        publish(cycle, winners);
    }

    /** Autosaves of drafts in an open cycle (each PATCH with the ETag its draft's previous save answered) while the ranking is read. */
    private void autosavesWhileRankingIsRead(String scoredCycle, int winners, int drafts, double patchRate, double rankingRate,
            double warmup, double duration, String outputDir) throws Exception {
        String open = cycle("Autosave cycle " + runWord, winners, 3);
        phase(open, "open");
        AtomicReferenceArray<String> draftIds = new AtomicReferenceArray<>(drafts);
        AtomicReferenceArray<String> etags = new AtomicReferenceArray<>(drafts);
        List<String> cityTokens = new ArrayList<>();
        for (int c = 0; c < CITIES; c++) {
            cityTokens.add(cityToken(c));
        }
        setup(() -> parallel(drafts, d -> {
            Answer created = call("POST", submissions + "/api/v1/cycles/" + open + "/submissions", cityTokens.get(d % CITIES),
                    entry(d), "application/json", null);
            draftIds.set(d, created.json().getString("id"));
            etags.set(d, created.etag());
        }), drafts + " drafts in an open cycle");
        URI base = URI.create(submissions);
        MultiMap rankingHeaders = MultiMap.caseInsensitiveMultiMap().add("Authorization", "Bearer " + admin)
                .add("Accept", "application/json");
        String ranking = "/api/v1/cycles/" + scoredCycle + "/ranking?size=20";
        MixedDriver.Stream patches = new MixedDriver.Stream("patch", patchRate, i -> {
            int d = (int) (i % drafts);
            MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Authorization", "Bearer " + cityTokens.get(d % CITIES))
                    .add("Content-Type", "application/merge-patch+json").add("If-Match", etags.get(d));
            return new MixedDriver.Request(HttpMethod.PATCH, "/api/v1/submissions/" + draftIds.get(d), headers,
                    new JsonObject().put("summary", "Autosave " + i + " of a draft that its city keeps editing.")
                            .put("sections", new JsonObject().put("lessons", "Lessons as of autosave " + i + ".")).encode());
        }, (i, answer) -> {
            if (answer.status() == 200) {
                etags.set((int) (i % drafts), answer.headers().get("ETag"));
            }
        });
        MixedDriver.Stream rankings = new MixedDriver.Stream("ranking", rankingRate,
                i -> new MixedDriver.Request(HttpMethod.GET, ranking, rankingHeaders, null), (i, answer) -> {
                });
        loadavg("before the autosaves");
        out.printf(Locale.ROOT, "MIXED open loop: PATCH of %d drafts at %.0f rps while the ranking of %s is read at %.4g rps;"
                + " warm-up %.0f s (discarded), measured %.0f s%n", drafts, patchRate, scoredCycle, rankingRate, warmup, duration);
        try (MixedDriver driver = new MixedDriver(base.getHost(), base.getPort(), 5_000)) {
            for (MixedDriver.Result result : driver.run(List.of(patches, rankings), warmup, duration)) {
                result.print(out);
                if (outputDir != null) {
                    result.write(Path.of(outputDir));
                }
                if (result.name.equals("patch")) {
                    out.printf(Locale.ROOT, "AUTOSAVE PATCH p99 %.2f ms (target ≤ 20 ms) at %.0f rps, %d errors%n", result.ms(99),
                            patchRate, result.requests - result.ok);
                }
            }
        }
        loadavg("after the autosaves");
    }

    /** Decides (the ranking's first {@code winners} win, the others are not selected), publishes, and waits for the winners. */
    private void publish(String cycle, int winners) throws Exception {
        List<JsonObject> ranking = items(admin, "/api/v1/cycles/" + cycle + "/ranking");
        setup(() -> parallel(ranking.size(), r -> expect(201, "POST", submissions + "/api/v1/cycles/" + cycle + "/decisions",
                admin, new JsonObject().put("submissionId", ranking.get(r).getString("submissionId"))
                        .put("outcome", r < winners ? "winner" : "not_selected").put("rationale", "Ranked " + (r + 1) + ".").encode(),
                null)), ranking.size() + " decisions (" + winners + " winners)");
        phase(cycle, "decided");
        loadavg("before publishing");
        long start = System.nanoTime();
        expect(200, "POST", submissions + "/api/v1/cycles/" + cycle + "/publish", admin, null, null);
        double publishMs = (System.nanoTime() - start) / 1e6;
        String search = catalog + "/api/v1/initiatives?size=1&q=" + runWord;
        String outcomes = metrics + "/api/v1/outcomes?size=1&indicator=bench_outcome_" + runWord;
        double inCatalogue = Double.NaN;
        double inMetrics = Double.NaN;
        long deadline = start + Duration.ofSeconds(120).toNanos();
        while ((Double.isNaN(inCatalogue) || Double.isNaN(inMetrics)) && System.nanoTime() < deadline) {
            if (Double.isNaN(inCatalogue) && total(search) >= winners) {
                inCatalogue = (System.nanoTime() - start) / 1e9;
            }
            if (Double.isNaN(inMetrics) && total(outcomes) >= winners) {
                inMetrics = (System.nanoTime() - start) / 1e9;
            }
            Thread.sleep(200);
        }
        out.printf(Locale.ROOT, "PUBLISH %d winners: the publish answered in %.0f ms; all %d in the catalogue's search after %s s,"
                + " all %d claims in the metrics' outcomes after %s s (target: both within 30 s)%n", winners, publishMs, winners,
                seconds(inCatalogue), winners, seconds(inMetrics));
    }

    private String entry(int n) {
        int city = n % CITIES;
        String country = COUNTRIES.get(city % ENTRY_COUNTRIES);
        JsonObject sections = new JsonObject()
                .put("abstract", "Entry " + n + " makes its streets safer for children walking to school.")
                .put("background", "Parents drove their children to school through congested streets.")
                .put("keyMeasures", "Raised crossings, quietways and a car-free hour at the school gates.")
                .put("innovativeAspects", "Children mapped the routes they walk and designed the crossings.")
                .put("outcomes", "Most pupils now walk or cycle to school.");
        return new JsonObject().put("title", "Bench entry " + n + " " + runWord)
                .put("summary", "Entry " + n + " of the award benchmark: quietways to every school.")
                .put("sections", sections).put("themes", new JsonArray().add(THEMES.get(n % THEMES.size())))
                .put("sdgs", new JsonArray().add(11)).put("innovationType", "incremental").put("tags", new JsonArray().add("bench"))
                .put("partners", new JsonArray().add(new JsonObject().put("name", "Bench partner").put("role", "co-lead")))
                .put("city", new JsonObject().put("name", "Benchton " + city).put("country", "Benchland " + country)
                        .put("countryCode", country).put("population", 100_000 + city * 1_000).put("areaKm2", 50))
                .put("outcomeClaims", new JsonArray().add(new JsonObject().put("indicator", "Bench outcome " + runWord)
                        .put("unit", "points").put("direction", "higher_is_better")
                        .put("baseline", new JsonObject().put("value", 10).put("qualifier", "exact").put("period", "2022"))
                        .put("result", new JsonObject().put("value", 20 + n % 50).put("qualifier", "exact").put("period", "2024"))
                        .put("evidence", "Counted for the benchmark.")))
                .put("contacts", new JsonArray().add(new JsonObject().put("name", "Bench contact").put("email", "bench@example.org")))
                .encode();
    }

    private String cityToken(int city) {
        return tokens.token("bench-city-" + runWord + "-" + city, "city", "city",
                UUID.nameUUIDFromBytes(("bench-city-" + runWord + "-" + city).getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** A new draft cycle numbered after every cycle there is. */
    private String cycle(String name, int winners, int reviews) {
        int number = items(null, "/api/v1/cycles").stream().mapToInt(c -> c.getInteger("number")).max().orElse(0) + 1;
        JsonObject body = new JsonObject().put("number", number).put("name", name)
                .put("submissionDeadline", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString())
                .put("timeZone", "UTC").put("winners", winners).put("shortlistSize", 100).put("reviewsPerSubmission", reviews);
        JsonObject cycle = expect(201, "POST", submissions + "/api/v1/cycles", admin, body.encode(), null);
        out.printf("cycle %s (%s) created%n", cycle.getString("code"), name);
        return cycle.getString("id");
    }

    private void phase(String cycle, String phase) {
        String etag = call("GET", submissions + "/api/v1/cycles/" + cycle, null, null, null, null).etag();
        expect(200, "POST", submissions + "/api/v1/cycles/" + cycle + "/phase", admin, "{\"phase\": \"" + phase + "\"}", etag);
    }

    /** Every item of a list, page by page. */
    private List<JsonObject> items(String token, String path) {
        List<JsonObject> items = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonObject answer = expect(200, "GET", submissions + path + (path.contains("?") ? "&" : "?") + "size=100&page=" + page,
                    token, null, null);
            answer.getJsonArray("items").forEach(item -> items.add((JsonObject) item));
            if (items.size() >= answer.getLong("total") || answer.getJsonArray("items").isEmpty()) {
                return items;
            }
        }
    }

    private long total(String url) {
        Answer answer = call("GET", url, null, null, null, null);
        return answer.status() == 200 ? answer.json().getLong("total") : -1;
    }

    private record Answer(int status, JsonObject json, String etag) {
    }

    private JsonObject expect(int status, String method, String url, String token, String body, String ifMatch) {
        Answer answer = call(method, url, token, body, "application/json", ifMatch);
        if (answer.status() != status) {
            throw new IllegalStateException(method + " " + url + " answered " + answer.status() + ": " + answer.json());
        }
        return answer.json();
    }

    private Answer call(String method, String url, String token, String body, String contentType, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonObject json = response.body().isBlank() || !response.body().startsWith("{") ? new JsonObject()
                    : new JsonObject(response.body());
            return new Answer(response.statusCode(), json, response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Runs {@code task} for 0 .. count-1 on the setup's threads; the first failure stops the benchmark. */
    private void parallel(int count, IntConsumer task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                done.add(pool.submit(() -> task.accept(n)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Something set up before a measurement, and how long it took (not a figure of the benchmark). */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private void setup(Step step, String what) throws Exception {
        long start = System.nanoTime();
        step.run();
        out.printf(Locale.ROOT, "setup: %s (%.1f s)%n", what, (System.nanoTime() - start) / 1e9);
    }

    private void loadavg(String when) {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
            out.printf("machine: %d cores, load average %s %s %s (%s)%n", Runtime.getRuntime().availableProcessors(), load[0],
                    load[1], load[2], when);
        } catch (IOException e) {
            out.println("machine: load average unknown (" + when + ")");
        }
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "more than 120" : String.format(Locale.ROOT, "%.1f", s);
    }
}

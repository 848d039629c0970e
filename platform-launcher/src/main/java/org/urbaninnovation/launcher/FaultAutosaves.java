package org.urbaninnovation.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cities autosaving their drafts while faults happen, as the web form does: each save is a JSON
 * merge patch with the {@code If-Match} of the version it read. A save whose answer is lost is sent
 * again; a 412 then means either that the lost save was applied (the draft holds its text: it was
 * acknowledged after all) or that it was not (read the version again and save again). What
 * matters: the text of the last acknowledged save is in the draft afterwards.
 */
final class FaultAutosaves implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern SUMMARY = Pattern.compile("\"summary\":\"([^\"]*)\"");

    private final String base;
    private final String cycle;
    private final String[] tokens;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ExecutorService pool;
    private final String run = Long.toString(System.nanoTime() % 1_000_000, 36);

    /** Draft id → the summary of its last acknowledged save. */
    final Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
    final AtomicInteger saves = new AtomicInteger();
    final AtomicInteger failedAttempts = new AtomicInteger();
    final AtomicInteger notProblem = new AtomicInteger();

    FaultAutosaves(String base, String cycle, String... tokens) {
        this.base = base;
        this.cycle = cycle;
        this.tokens = tokens;
        this.pool = Executors.newFixedThreadPool(tokens.length);
    }

    FaultAutosaves start() {
        for (int client = 0; client < tokens.length; client++) {
            int c = client;
            pool.submit(() -> autosave(c));
        }
        return this;
    }

    private void autosave(int client) {
        String token = tokens[client];
        String draft = null;
        while (draft == null && !stop.get()) {
            draft = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cycles/" + cycle + "/submissions"))
                    .header("Idempotency-Key", "autosave-" + run + "-" + client).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Autosaved under faults " + run + "-" + client + "\"}")),
                    token, 201).map(r -> find(ID, r.body())).orElse(null);
            pause();
        }
        String etag = "\"0\"";
        for (int n = 1; !stop.get(); n++) {
            while (!stop.get()) {
                var answer = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/submissions/" + draft))
                        .header("If-Match", etag).header("Content-Type", "application/merge-patch+json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"summary\": \"save " + n + "\"}")), token, -1);
                if (answer.isPresent() && answer.get().statusCode() == 200) {
                    acknowledged.put(draft, n);
                    saves.incrementAndGet();
                    etag = answer.get().headers().firstValue("ETag").orElse(etag);
                    break;
                }
                if (answer.isPresent() && answer.get().statusCode() == 412) {
                    var current = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/submissions/" + draft)).GET(), token, 200);
                    if (current.isPresent()) {
                        etag = current.get().headers().firstValue("ETag").orElse(etag);
                        if (("save " + n).equals(find(SUMMARY, current.get().body()))) {
                            acknowledged.put(draft, n);
                            saves.incrementAndGet();
                            break;
                        }
                    }
                }
                pause();
            }
        }
    }

    /** The last acknowledged save of each draft that is not in it now (a later, unacknowledged one may be). */
    Map<String, String> lost(String token) {
        Map<String, String> lost = new ConcurrentHashMap<>();
        acknowledged.forEach((draft, n) -> {
            String summary = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/submissions/" + draft)).GET(), token, 200)
                    .map(r -> find(SUMMARY, r.body())).orElse("unreadable");
            if (!("save " + n).equals(summary) && !("save " + (n + 1)).equals(summary)) {
                lost.put(draft, "acknowledged 'save " + n + "', holds '" + summary + "'");
            }
        });
        return lost;
    }

    private java.util.Optional<HttpResponse<String>> send(HttpRequest.Builder request, String token, int expected) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400 && !response.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json")) {
                notProblem.incrementAndGet();
            }
            if (expected > 0 && response.statusCode() != expected) {
                failedAttempts.incrementAndGet();
                return java.util.Optional.empty();
            }
            if (response.statusCode() >= 500) {
                failedAttempts.incrementAndGet();
            }
            return java.util.Optional.of(response);
        } catch (IOException e) {
            failedAttempts.incrementAndGet();
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static void pause() {
        FaultPlatform.pause(100);
    }

    @Override
    public void close() {
        stop.set(true);
        pool.shutdown();
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.urbaninnovation.launcher;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clients that keep creating resources while faults happen, as a careful client would: each create
 * has its own {@code Idempotency-Key}, and a create whose answer did not arrive (refused, cut off,
 * 5xx) is sent again with the same key until it is acknowledged or the run ends. What matters is
 * what was acknowledged (a 2xx reached the client): every one of those must survive.
 */
final class FaultWriters implements AutoCloseable {

    /**
     * One create: where it goes, its body, and what identifies what it made: a pattern whose first
     * group finds the id in the answer, or (no pattern) the given identity itself.
     */
    record Create(String url, String body, String idPattern, String identity) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private final String token;
    private final IntFunction<IntFunction<Create>> creates;
    private final int clients;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ExecutorService pool;
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final AtomicInteger failedAttempts = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger notProblem = new AtomicInteger();
    final AtomicInteger conflicts = new AtomicInteger();

    /** {@code creates.apply(client).apply(n)}: the n-th create of a client. */
    FaultWriters(String token, int clients, IntFunction<IntFunction<Create>> creates) {
        this.token = token;
        this.clients = clients;
        this.creates = creates;
        this.pool = Executors.newFixedThreadPool(clients);
    }

    String run() {
        return run;
    }

    FaultWriters start() {
        for (int client = 0; client < clients; client++) {
            int id = client;
            pool.submit(() -> write(id));
        }
        return this;
    }

    private void write(int client) {
        IntFunction<Create> next = creates.apply(client);
        for (int n = 0; !stop.get(); n++) {
            Create create = next.apply(n);
            String key = "fault-" + run + "-" + client + "-" + n;
            while (!stop.get()) {
                Outcome outcome = send(create, key);
                if (outcome == Outcome.ACKNOWLEDGED || outcome == Outcome.FINAL) {
                    break;
                }
                FaultPlatform.pause(200);
            }
        }
    }

    private enum Outcome { ACKNOWLEDGED, RETRY, FINAL }

    private Outcome send(Create create, String key) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(create.url())).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(create.body())).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status / 100 == 2) {
                if (create.idPattern() == null) {
                    acknowledged.add(create.identity());
                } else {
                    Matcher id = Pattern.compile(create.idPattern()).matcher(response.body());
                    acknowledged.add(id.find() ? id.group(1) : "unidentified " + key);
                }
                return Outcome.ACKNOWLEDGED;
            }
            failedAttempts.incrementAndGet();
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                notProblem.incrementAndGet();
            }
            if (status == 409) {
                // A retried create that made a second resource instead of replaying the first answer.
                conflicts.incrementAndGet();
                return Outcome.FINAL;
            }
            if (status == 503 || status == 502 || status == 504 || status == 500) {
                if (status == 503) {
                    refused.incrementAndGet();
                }
                return Outcome.RETRY;
            }
            return Outcome.FINAL;
        } catch (ConnectException e) {
            failedAttempts.incrementAndGet();
            return Outcome.RETRY;
        } catch (IOException e) {
            failedAttempts.incrementAndGet();
            return Outcome.RETRY;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.FINAL;
        }
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

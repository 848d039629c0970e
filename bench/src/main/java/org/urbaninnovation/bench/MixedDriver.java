package org.urbaninnovation.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import org.HdrHistogram.Histogram;

/**
 * The search benchmark's open-loop driver ({@link SearchDriver}: one Vert.x event loop over
 * keep-alive connections, HdrHistogram 1 µs–60 s, latency from the intended send time) for
 * several request streams at once, each at its own rate and with requests of any method and body:
 * the award's autosaves (PATCH) while the ranking is read. Each stream is scheduled by a thread of
 * its own: request i is due at start + i / rate and sent then, whatever happened to earlier ones.
 */
final class MixedDriver implements AutoCloseable {

    private static final long HIGHEST_US = 60_000_000L;
    private static final int CONNECTIONS = 128;

    /** A request to send: its method, path, headers and body (null for none). */
    record Request(HttpMethod method, String uri, MultiMap headers, String body) {
    }

    /** An answer's status, headers and body, given to a stream's listener on the event loop. */
    record Answer(int status, MultiMap headers, Buffer body) {
    }

    /** One stream: its name, rate, the i-th request, and what to do with each answer (such as keeping an ETag). */
    record Stream(String name, double rate, LongFunction<Request> request, BiConsumer<Long, Answer> listener) {
    }

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
            .setInternalBlockingPoolSize(1));
    private final HttpClient client;
    private final Context context;
    private final long timeoutMillis;

    MixedDriver(String host, int port, long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
        this.client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(host).setDefaultPort(port)
                .setKeepAlive(true).setConnectTimeout((int) timeoutMillis), new PoolOptions().setHttp1MaxSize(CONNECTIONS));
        this.context = vertx.getOrCreateContext();
    }

    /** Runs every stream together for the warm-up (discarded) and the measured seconds; answers each stream's result. */
    List<Result> run(List<Stream> streams, double warmupSeconds, double seconds) throws InterruptedException {
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        List<Result> results = new ArrayList<>();
        List<Thread> schedulers = new ArrayList<>();
        for (Stream stream : streams) {
            Result result = new Result(stream.name(), stream.rate());
            results.add(result);
            Thread scheduler = new Thread(() -> schedule(stream, result, start, warmupSeconds, seconds), stream.name());
            scheduler.start();
            schedulers.add(scheduler);
        }
        for (Thread scheduler : schedulers) {
            scheduler.join();
        }
        return results;
    }

    private void schedule(Stream stream, Result result, long start, double warmupSeconds, double seconds) {
        long warmupCount = Math.round(stream.rate() * warmupSeconds);
        long count = warmupCount + Math.max(1, Math.round(stream.rate() * seconds));
        double periodNanos = 1e9 / stream.rate();
        int maxInFlight = (int) Math.max(64, Math.round(stream.rate() * timeoutMillis / 1000.0));
        AtomicInteger inFlight = new AtomicInteger();
        CountDownLatch completions = new CountDownLatch((int) count);
        result.measuredStart = start + (long) (warmupCount * periodNanos);
        for (long i = 0; i < count; i++) {
            long intended = start + (long) (i * periodNanos);
            long now;
            while ((now = System.nanoTime()) < intended) {
                LockSupport.parkNanos(intended - now);
            }
            boolean measured = i >= warmupCount;
            if (measured) {
                result.lag(now - intended);
            }
            if (inFlight.get() >= maxInFlight) {
                if (measured) {
                    result.error("not sent: " + maxInFlight + " requests already outstanding");
                }
                completions.countDown();
                continue;
            }
            long index = i;
            Request request = stream.request().apply(i);
            inFlight.incrementAndGet();
            context.runOnContext(go -> send(request).onComplete(done -> {
                long micros = Math.max(1, Math.min(HIGHEST_US, (System.nanoTime() - intended) / 1000));
                inFlight.decrementAndGet();
                if (done.succeeded()) {
                    stream.listener().accept(index, done.result());
                }
                result.complete(measured, micros, done.succeeded() ? done.result().status() : -1, done.cause());
                completions.countDown();
            }));
        }
        result.scheduleEnd = System.nanoTime();
        try {
            if (!completions.await(timeoutMillis + 5_000, TimeUnit.MILLISECONDS)) {
                result.error("no answer by the end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Future<Answer> send(Request request) {
        RequestOptions options = new RequestOptions().setMethod(request.method()).setURI(request.uri())
                .setHeaders(request.headers()).setIdleTimeout(timeoutMillis);
        return client.request(options)
                .compose(r -> request.body() == null ? r.send() : r.send(Buffer.buffer(request.body())))
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(), response.headers(), body)));
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** The measured phase of one stream; updated from the event loop and its scheduler. */
    static final class Result {
        final String name;
        final double rate;
        final Histogram latency = new Histogram(1, HIGHEST_US, 3);
        final Map<String, Integer> errors = new TreeMap<>();
        final Map<String, Integer> warmupErrors = new TreeMap<>();
        long ok;
        long requests;
        long measuredStart;
        long scheduleEnd;
        long lastCompletion;
        long maxLagNanos;

        Result(String name, double rate) {
            this.name = name;
            this.rate = rate;
        }

        synchronized void complete(boolean measured, long micros, int status, Throwable error) {
            if (!measured) {
                // Not in the figures, but said: a warm-up failure can explain a measured one (a stale ETag).
                if (error != null || status / 100 != 2) {
                    warmupErrors.merge(error instanceof TimeoutException ? "timeout"
                            : error != null ? error.getClass().getSimpleName() : "HTTP " + status, 1, Integer::sum);
                }
                return;
            }
            requests++;
            lastCompletion = Math.max(lastCompletion, System.nanoTime());
            if (error != null) {
                errors.merge(error instanceof TimeoutException ? "timeout" : error.getClass().getSimpleName(), 1, Integer::sum);
            } else if (status / 100 != 2) {
                errors.merge("HTTP " + status, 1, Integer::sum);
            } else {
                ok++;
                latency.recordValue(micros);
            }
        }

        synchronized void error(String what) {
            requests++;
            errors.merge(what, 1, Integer::sum);
        }

        synchronized void lag(long nanos) {
            maxLagNanos = Math.max(maxLagNanos, nanos);
        }

        synchronized double ms(double percentile) {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1000.0;
        }

        synchronized double throughput() {
            double seconds = (Math.max(lastCompletion, scheduleEnd) - measuredStart) / 1e9;
            return seconds <= 0 ? 0 : ok / seconds;
        }

        synchronized void print(PrintStream out) {
            out.printf(Locale.ROOT, "   %-8s %6.4g rps: %d requests, %d errors%s, %.1f answers/s; ms from the intended send time:"
                    + " p50 %.2f  p95 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%s%n", name, rate, requests, requests - ok,
                    errors.isEmpty() ? "" : " " + errors, throughput(), ms(50), ms(95), ms(99), ms(99.9),
                    latency.getTotalCount() == 0 ? Double.NaN : latency.getMaxValue() / 1000.0,
                    maxLagNanos > 10_000_000 ? String.format(Locale.ROOT, " (the driver sent up to %.1f ms late)",
                            maxLagNanos / 1e6) : "");
            if (!warmupErrors.isEmpty()) {
                out.printf(Locale.ROOT, "   %-8s warm-up errors (not in the figures): %s%n", name, warmupErrors);
            }
        }

        synchronized void write(Path dir) throws IOException {
            Files.createDirectories(dir);
            try (PrintStream p = new PrintStream(Files.newOutputStream(dir.resolve(name + ".hgrm")), true, StandardCharsets.UTF_8)) {
                latency.outputPercentileDistribution(p, 1000.0);
            }
        }
    }
}

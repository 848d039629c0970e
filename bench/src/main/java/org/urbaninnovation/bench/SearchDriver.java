package org.urbaninnovation.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import org.HdrHistogram.Histogram;

/**
 * An open-loop load generator for the search API, in the manner of wrk2: request i of a phase is
 * due at start + i / rate whatever happened to the earlier ones (sent asynchronously, so a slow
 * answer never delays the next request), and its latency is measured from that intended time, not
 * from when it was actually sent. A stalled server therefore shows up in the percentiles as the
 * queueing its users would suffer, instead of being hidden by a driver that waited politely
 * (coordinated omission). Each query kind runs on its own: a warm-up (recorded, then discarded)
 * and a measured phase at the same rate, bounded in count and in time.
 *
 * <p>Requests go out through one Vert.x event loop over a pool of keep-alive connections: the
 * driver shares the machine's two cores with what it measures, and the JDK's HttpClient spent
 * about 1 ms of CPU per request plus a third of a core at rest, enough to starve the server it
 * measured at 1,000 requests a second.
 */
final class SearchDriver {

    private static final long HIGHEST_US = 60_000_000L;
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    /** The catalogue's search cache counters in its Prometheus metrics. */
    private static final Pattern CACHE_GETS = Pattern.compile(
            "(?m)^cache_gets_total\\{[^}]*cache=\"catalog-search\"[^}]*result=\"(hit|miss)\"[^}]*}\\s+([0-9.eE+]+)");
    /** The search ranks at most this many matches, so pages past it are empty. */
    private static final int RANKED = 300;

    /** Keep-alive connections the driver may hold; more requests wait for one (their wait counts). */
    private static final int CONNECTIONS = 128;

    private final Vertx vertx;
    private final HttpClient client;
    private final Context context;
    private final MultiMap requestHeaders;
    private final String baseUrl;
    private final String path;
    private final int size;
    private final double rate;
    private final double warmupSeconds;
    private final double durationSeconds;
    private final Duration timeout;
    private final int maxInFlight;
    private final int pages;
    private final URI metrics;

    private SearchDriver(String baseUrl, String path, int size, List<String> headers, double rate,
            double warmupSeconds, double durationSeconds, Duration timeout, int maxInFlight, int pages, URI metrics) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.path = path;
        this.size = size;
        this.rate = rate;
        this.warmupSeconds = warmupSeconds;
        this.durationSeconds = durationSeconds;
        this.timeout = timeout;
        this.maxInFlight = maxInFlight;
        this.pages = pages;
        this.metrics = metrics;
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        URI base = URI.create(this.baseUrl);
        boolean tls = "https".equals(base.getScheme());
        this.client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(base.getHost())
                .setDefaultPort(base.getPort() > 0 ? base.getPort() : tls ? 443 : 80).setSsl(tls).setTrustAll(tls)
                .setKeepAlive(true).setConnectTimeout((int) timeout.toMillis()),
                new PoolOptions().setHttp1MaxSize(CONNECTIONS));
        this.context = vertx.getOrCreateContext();
        this.requestHeaders = MultiMap.caseInsensitiveMultiMap().add("Accept", "application/json");
        for (String h : headers) {
            int colon = h.indexOf(':');
            requestHeaders.add(h.substring(0, colon).trim(), h.substring(colon + 1).trim());
        }
    }

    static void main(String[] argv) throws Exception {
        Args a = new Args(argv, Set.of(), Set.of("base-url", "path", "rate", "warmup", "duration", "timeout", "size",
                "label", "header", "queries", "target", "max-in-flight", "output-dir", "pages", "metrics-url"));
        String baseUrl = a.required("base-url");
        requireLocal(baseUrl);
        double rate = a.doubleValue("rate", 200);
        double warmup = a.doubleValue("warmup", 10);
        double duration = a.doubleValue("duration", 30);
        double timeoutSeconds = a.doubleValue("timeout", 5);
        if (rate <= 0 || rate > 20_000 || warmup < 0 || duration <= 0 || duration > 3600 || timeoutSeconds <= 0) {
            throw new Args.BadArgument("need 0 < --rate <= 20000, --warmup >= 0, 0 < --duration <= 3600, --timeout > 0");
        }
        for (String h : a.all("header")) {
            if (!h.contains(":")) {
                throw new Args.BadArgument("--header must look like 'Name: value'");
            }
        }

        Map<String, List<String>> queries = new LinkedHashMap<>();
        for (String spec : a.all("queries")) {
            int colon = spec.indexOf(':');
            if (colon <= 0 || colon == spec.length() - 1) {
                throw new Args.BadArgument("--queries must look like 'kind:query one|query two', not '" + spec + "'");
            }
            queries.put(spec.substring(0, colon).trim(),
                    List.of(spec.substring(colon + 1).split("\\|")).stream().map(String::trim).filter(q -> !q.isEmpty())
                            .toList());
        }
        if (queries.isEmpty()) {
            queries = PlantedTerms.defaultQueries();
        }
        Map<String, Double> targets = new LinkedHashMap<>(PlantedTerms.defaultTargets());
        for (String spec : a.all("target")) {
            String[] kv = spec.split(":", 2);
            try {
                targets.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
            } catch (RuntimeException e) {
                throw new Args.BadArgument("--target must look like 'kind:milliseconds', not '" + spec + "'");
            }
        }
        String output = a.get("output-dir", null);
        int pages = (int) a.longValue("pages", 1);
        if (pages < 1 || pages > 100) {
            throw new Args.BadArgument("need 1 <= --pages <= 100");
        }
        String metricsUrl = a.get("metrics-url", null);
        if (metricsUrl != null) {
            requireLocal(metricsUrl);
        }

        SearchDriver driver = new SearchDriver(baseUrl, a.get("path", "/api/v1/initiatives"),
                (int) a.longValue("size", 20), a.all("header"), rate, warmup, duration,
                Duration.ofMillis(Math.round(timeoutSeconds * 1000)),
                (int) a.longValue("max-in-flight", Math.max(64, Math.round(rate * timeoutSeconds))), pages,
                metricsUrl == null ? null : URI.create(metricsUrl));
        String label = a.get("label", "");
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "open-loop search benchmark%s: %s%s?q=...&size=%d%s at %.0f rps per kind, warm-up %s s "
                + "(discarded), measured %s s, timeout %s s%n", label.isEmpty() ? "" : " (" + label + ")",
                driver.baseUrl, driver.path, driver.size,
                pages == 1 ? "" : "&page=<random, of the first " + pages + " that hold results>", rate, num(warmup),
                num(duration), num(timeoutSeconds));

        List<Result> results = new ArrayList<>();
        try {
            for (Map.Entry<String, List<String>> kind : queries.entrySet()) {
                Result r = driver.run(kind.getKey(), kind.getValue(), targets.get(kind.getKey()), out);
                results.add(r);
                if (output != null) {
                    r.write(Path.of(output));
                }
            }
        } finally {
            driver.vertx.close().toCompletionStage().toCompletableFuture().join();
        }
        summary(out, label, rate, duration, results);
        if (results.stream().anyMatch(r -> r.ok == 0)) {
            System.exit(1);
        }
    }

    /** Traffic only to this machine: the host must resolve to loopback addresses only. */
    private static void requireLocal(String baseUrl) {
        URI uri = URI.create(baseUrl);
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new Args.BadArgument("--base-url must be an http(s) URL such as http://localhost:10081");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!address.isLoopbackAddress()) {
                    throw new Args.BadArgument("--base-url must point at this machine (localhost): " + uri.getHost()
                            + " resolves to " + address.getHostAddress());
                }
            }
        } catch (IOException e) {
            throw new Args.BadArgument("cannot resolve " + uri.getHost() + ": " + e.getMessage());
        }
    }

    /** The request's path and query string. */
    private String request(String query, int page) {
        if (query.startsWith("/")) {
            // A whole path with its query string: how the metrics benchmark names its requests.
            return query;
        }
        return path + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20")
                + "&size=" + size + (page == 0 ? "" : "&page=" + page);
    }

    /** An answer's status and body; called on the event loop. */
    private record Answer(int status, String body) {
    }

    private Future<HttpClientResponse> send(RequestOptions options) {
        return client.request(options.setMethod(HttpMethod.GET).setIdleTimeout(timeout.toMillis()))
                .compose(HttpClientRequest::send);
    }

    private Future<Answer> get(RequestOptions options) {
        return send(options).compose(response -> response.body()
                .map(body -> new Answer(response.statusCode(), body.toString())));
    }

    /** A measured request: its status once the whole body has arrived, the body itself dropped. */
    private Future<Integer> status(RequestOptions options) {
        return send(options).compose(response -> response.handler(chunk -> { }).end().map(done -> response.statusCode()));
    }

    private RequestOptions options(String request) {
        return new RequestOptions().setURI(request).setHeaders(requestHeaders);
    }

    /** One request outside the measured flow (probes, cache counters), waited for. */
    private Answer await(RequestOptions options) throws IOException, InterruptedException {
        try {
            return get(options).toCompletionStage().toCompletableFuture()
                    .get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("no answer within " + timeout.toMillis() + " ms", e);
        }
    }

    // ---------------------------------------------------------------- one query kind

    private Result run(String kind, List<String> queries, Double targetMs, PrintStream out) throws Exception {
        out.printf(Locale.ROOT, "%n== %s: %d quer%s, rotated: %s%n", kind, queries.size(),
                queries.size() == 1 ? "y" : "ies", String.join(" | ", queries.stream().map(q -> "\"" + q + "\"").toList()));
        Map<String, Long> totals = new LinkedHashMap<>();
        out.println("   probe (one request each, HTTP status and the answer's total): " + probe(queries, totals));

        // Every page of every query that holds results, up to --pages per query; each request draws one.
        List<String> requests = new ArrayList<>();
        List<Integer> firstRequest = new ArrayList<>();
        for (String q : queries) {
            firstRequest.add(requests.size());
            long ranked = Math.min(totals.getOrDefault(q, 0L), RANKED);
            int holding = (int) Math.max(1, Math.min(pages, (ranked + size - 1) / size));
            for (int page = 0; page < holding; page++) {
                requests.add(request(q, page));
            }
        }
        firstRequest.add(requests.size());
        if (pages > 1) {
            out.printf(Locale.ROOT, "   %d distinct requests (queries × pages), each request a random one of its query's%n",
                    requests.size());
        }
        SplittableRandom pageChoice = new SplittableRandom(42);
        long warmupCount = Math.round(rate * warmupSeconds);
        long measuredCount = Math.max(1, Math.round(rate * durationSeconds));
        long count = warmupCount + measuredCount;
        double periodNanos = 1e9 / rate;

        Result result = new Result(kind, queries.size(), targetMs);
        Histogram warmup = new Histogram(1, HIGHEST_US, 3);
        AtomicInteger inFlight = new AtomicInteger();
        CountDownLatch completions = new CountDownLatch((int) count);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        result.measuredStart = start + (long) (warmupCount * periodNanos);
        long maxLagNanos = 0;

        for (long i = 0; i < count; i++) {
            long intended = start + (long) (i * periodNanos);
            long now;
            while ((now = System.nanoTime()) < intended) {
                LockSupport.parkNanos(intended - now);
            }
            boolean measured = i >= warmupCount;
            if (measured) {
                maxLagNanos = Math.max(maxLagNanos, now - intended);
            }
            if (inFlight.get() >= maxInFlight) {
                // Too many answers outstanding: not sent, counted as an error (it would only queue).
                if (measured) {
                    result.notSent("not sent: " + maxInFlight + " requests already outstanding");
                }
                completions.countDown();
                continue;
            }
            if (i == warmupCount) {
                result.cacheBefore = cacheGets();
            }
            int query = (int) (i % queries.size());
            int from = firstRequest.get(query);
            RequestOptions request = options(requests.get(from + pageChoice.nextInt(firstRequest.get(query + 1) - from)));
            inFlight.incrementAndGet();
            context.runOnContext(go -> status(request).onComplete(answer -> {
                long done = System.nanoTime();
                inFlight.decrementAndGet();
                long micros = Math.max(1, Math.min(HIGHEST_US, (done - intended) / 1000));
                if (measured) {
                    result.complete(done, micros, answer.succeeded() ? answer.result() : -1, answer.cause());
                } else {
                    synchronized (warmup) {
                        warmup.recordValue(micros);
                    }
                }
                completions.countDown();
            }));
        }
        long endOfSchedule = System.nanoTime();
        if (!completions.await(timeout.toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
            result.unanswered((int) completions.getCount());
        }
        result.maxLagMs = maxLagNanos / 1e6;
        result.scheduleEnd = endOfSchedule;
        result.cacheAfter = cacheGets();
        result.print(out, warmupCount, warmup);
        return result;
    }

    /**
     * The search cache's hit and miss counts so far, from the catalogue's metrics; null without
     * --metrics-url or when the catalogue has no such counters (cache turned off). Asked from the
     * scheduling thread, so it briefly delays the requests due next, which count that delay.
     */
    private long[] cacheGets() {
        if (metrics == null) {
            return null;
        }
        try {
            Answer r = await(new RequestOptions().setAbsoluteURI(metrics.toString()));
            long[] gets = new long[2];
            boolean found = false;
            Matcher m = CACHE_GETS.matcher(r.body());
            while (m.find()) {
                gets["hit".equals(m.group(1)) ? 0 : 1] += (long) Double.parseDouble(m.group(2));
                found = true;
            }
            return found ? gets : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private String probe(List<String> queries, Map<String, Long> totals) {
        List<String> parts = new ArrayList<>();
        for (String q : queries) {
            try {
                Answer r = await(options(request(q, 0)));
                Matcher m = TOTAL.matcher(r.body());
                boolean found = m.find();
                if (found) {
                    totals.put(q, Long.parseLong(m.group(1)));
                }
                parts.add("\"" + q + "\" " + r.status() + (found ? " total=" + m.group(1) : ""));
            } catch (IOException e) {
                parts.add("\"" + q + "\" " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return String.join(", ", parts);
    }

    // ---------------------------------------------------------------- results

    /** The measured phase of one query kind. Updated from the HTTP client's threads. */
    static final class Result {
        final String kind;
        final int queries;
        final Double targetMs;
        final Histogram latency = new Histogram(1, HIGHEST_US, 3);
        final Map<String, Integer> errors = new TreeMap<>();
        long ok;
        long requests;
        long timeouts;
        long lastCompletion;
        long measuredStart;
        long scheduleEnd;
        double maxLagMs;
        boolean closed;
        long[] cacheBefore;
        long[] cacheAfter;

        Result(String kind, int queries, Double targetMs) {
            this.kind = kind;
            this.queries = queries;
            this.targetMs = targetMs;
        }

        synchronized void complete(long doneNanos, long micros, int status, Throwable error) {
            if (closed) {
                return; // already counted as unanswered
            }
            requests++;
            lastCompletion = Math.max(lastCompletion, doneNanos);
            if (error != null) {
                boolean timeout = error instanceof TimeoutException;
                error(timeout ? "timeout" : error.getClass().getSimpleName(), 1, timeout);
            } else if (status != 200) {
                error("HTTP " + status, 1, false);
            } else {
                ok++;
                latency.recordValue(micros);
            }
        }

        /** A request that was never sent. */
        synchronized void notSent(String why) {
            requests++;
            error(why, 1, false);
        }

        /** Requests still without an answer when the phase ended: timeouts, and ignored if they come later. */
        synchronized void unanswered(int count) {
            requests += count;
            error("no answer by the end", count, true);
            closed = true;
        }

        private void error(String what, int count, boolean timeout) {
            if (timeout) {
                timeouts += count;
            }
            errors.merge(what, count, Integer::sum);
        }

        synchronized long errorCount() {
            return requests - ok;
        }

        synchronized double throughput() {
            long end = Math.max(lastCompletion, scheduleEnd);
            double seconds = (end - measuredStart) / 1e9;
            return seconds <= 0 ? 0 : ok / seconds;
        }

        double ms(double percentile) {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1000.0;
        }

        double maxMs() {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getMaxValue() / 1000.0;
        }

        String verdict() {
            if (targetMs == null) {
                return String.format(Locale.ROOT, "p95 %s ms (no target)", fmt(ms(95)));
            }
            boolean met = ok > 0 && ms(95) <= targetMs && errorCount() == 0;
            String why = errorCount() > 0 && ok > 0 && ms(95) <= targetMs ? ", because of " + errorCount() + " errors" : "";
            return String.format(Locale.ROOT, "p95 %s ms (target ≤ %s ms: %s%s)", fmt(ms(95)), num(targetMs),
                    met ? "met" : "NOT met", why);
        }

        synchronized void print(PrintStream out, long warmupCount, Histogram warmup) {
            out.printf(Locale.ROOT, "   warm-up: %d requests, p50 %s ms, p95 %s ms (discarded)%n", warmupCount,
                    fmt(warmup.getTotalCount() == 0 ? Double.NaN : warmup.getValueAtPercentile(50) / 1000.0),
                    fmt(warmup.getTotalCount() == 0 ? Double.NaN : warmup.getValueAtPercentile(95) / 1000.0));
            out.printf(Locale.ROOT, "   measured: %d requests, %d errors%s, throughput %.1f rps (HTTP 200 answers per second)%n",
                    requests, errorCount(), errors.isEmpty() ? "" : " " + errors, throughput());
            out.printf(Locale.ROOT, "   latency from the intended send time, ms: p50 %s  p95 %s  p99 %s  p99.9 %s  max %s%n",
                    fmt(ms(50)), fmt(ms(95)), fmt(ms(99)), fmt(ms(99.9)), fmt(maxMs()));
            out.println("   " + cacheLine());
            if (maxLagMs > 10) {
                out.printf(Locale.ROOT, "   note: the driver sent up to %.1f ms late (CPU starved?); latencies still count "
                        + "from the intended time%n", maxLagMs);
            }
            out.println("   " + verdict());
        }

        /** The search cache's hits during the measured phase (the counters are the catalogue's, all requests). */
        String cacheLine() {
            if (cacheBefore == null || cacheAfter == null) {
                return "search cache: no figures (no --metrics-url, or the catalogue's cache is off)";
            }
            return String.format(Locale.ROOT, "search cache: %d hits, %d misses, hit ratio %s",
                    cacheAfter[0] - cacheBefore[0], cacheAfter[1] - cacheBefore[1], cacheHitRatio());
        }

        String cacheHitRatio() {
            long hits = cacheAfter[0] - cacheBefore[0];
            long gets = hits + cacheAfter[1] - cacheBefore[1];
            return gets == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * hits / gets);
        }

        void write(Path dir) throws IOException {
            Files.createDirectories(dir);
            try (PrintStream p = new PrintStream(Files.newOutputStream(dir.resolve(kind + ".hgrm")), true,
                    StandardCharsets.UTF_8)) {
                synchronized (this) {
                    latency.outputPercentileDistribution(p, 1000.0); // in milliseconds
                }
            }
        }
    }

    private static void summary(PrintStream out, String label, double rate, double duration, List<Result> results) {
        out.printf(Locale.ROOT, "%n%-8s %7s %8s %6s %10s %8s %8s %8s %8s %8s  %s%n", "kind", "queries", "requests",
                "errors", "rps", "p50 ms", "p95 ms", "p99 ms", "p99.9 ms", "max ms", "target");
        List<String> parts = new ArrayList<>();
        long errors = 0;
        for (Result r : results) {
            out.printf(Locale.ROOT, "%-8s %7d %8d %6d %10.1f %8s %8s %8s %8s %8s  %s%n", r.kind, r.queries, r.requests,
                    r.errorCount(), r.throughput(), fmt(r.ms(50)), fmt(r.ms(95)), fmt(r.ms(99)), fmt(r.ms(99.9)),
                    fmt(r.maxMs()), r.targetMs == null ? "-" : "p95 ≤ " + num(r.targetMs) + " ms: "
                            + (r.verdict().contains(": met") ? "met" : "NOT met"));
            parts.add(r.kind + " " + r.verdict()
                    + (r.cacheBefore == null || r.cacheAfter == null ? "" : ", cache hit ratio " + r.cacheHitRatio()));
            errors += r.errorCount();
        }
        out.printf(Locale.ROOT, "%nSUMMARY%s rate=%s rps, %s s per kind: %s; errors %d%n",
                label.isEmpty() ? "" : " " + label, num(rate), num(duration), String.join("; ", parts), errors);
    }

    private static String fmt(double ms) {
        if (Double.isNaN(ms)) {
            return "-";
        }
        return ms < 10 ? String.format(Locale.ROOT, "%.2f", ms) : ms < 100 ? String.format(Locale.ROOT, "%.1f", ms)
                : String.format(Locale.ROOT, "%.0f", ms);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}

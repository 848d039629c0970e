package org.urbaninnovation.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Sits between a feed consumer and its producer's {@code /internal/v1/events} (the catalogue's, the
 * submission service's). While chaos is on,
 * it answers some pages twice (an older page served again), shuffles the events of others (a page
 * out of order) and refuses some with a 503, as a flaky network or proxy would, in pages of 50 so
 * that a run has many to go wrong; it never drops an event. Shared by two consumers, an "older"
 * page is the other's and may start beyond the cursor of the one it answers, which that consumer
 * must refuse. Otherwise it forwards as it is.
 */
final class FeedChaosProxy implements AutoCloseable {

    private static final Pattern AFTER = Pattern.compile("after=(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private final HttpServer server;
    private final String upstream;
    private volatile boolean chaos;
    private volatile long lastAfter;
    private final AtomicInteger pages = new AtomicInteger();
    private static final int CHAOS_PAGE_SIZE = 50;
    final AtomicInteger duplicated = new AtomicInteger();
    final AtomicInteger shuffled = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();

    FeedChaosProxy(int port, String upstream) throws IOException {
        this.upstream = upstream;
        this.server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/", this::forward);
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    void chaos(boolean on) {
        chaos = on;
    }

    private void forward(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery();
        int page = pages.incrementAndGet();
        if (chaos) {
            // Small pages, so that a run has many of them to go wrong.
            query = query.replaceFirst("limit=\\d+", "limit=" + CHAOS_PAGE_SIZE);
        }
        if (chaos && page % 11 == 0) {
            refused.incrementAndGet();
            answer(exchange, 503, "application/problem+json", "{\"status\":503,\"title\":\"Injected\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Matcher after = AFTER.matcher(query);
        if (chaos && page % 8 == 0 && after.find() && lastAfter > 0) {
            // An older page again: what a consumer that retried, or a cache, would receive.
            query = query.replaceFirst("after=\\d+", "after=" + Math.max(0, lastAfter - ThreadLocalRandom.current().nextInt(1, 200)));
            duplicated.incrementAndGet();
        } else if (after.reset().find()) {
            lastAfter = Long.parseLong(after.group(1));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream + exchange.getRequestURI().getRawPath() + query))
                .timeout(Duration.ofSeconds(10)).GET();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            if (chaos && page % 3 == 0 && response.statusCode() == 200) {
                body = shuffle(body);
            }
            answer(exchange, response.statusCode(), response.headers().firstValue("Content-Type").orElse("application/json"),
                    body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            answer(exchange, 502, "application/problem+json", "{\"status\":502}".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The page's events in another order; the page's other fields as they were. */
    private String shuffle(String page) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(page);
            ArrayNode items = (ArrayNode) root.get("items");
            if (items == null || items.size() < 2) {
                return page;
            }
            List<JsonNode> events = new ArrayList<>();
            items.forEach(events::add);
            Collections.shuffle(events);
            items.removeAll();
            events.forEach(items::add);
            shuffled.incrementAndGet();
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            return page;
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

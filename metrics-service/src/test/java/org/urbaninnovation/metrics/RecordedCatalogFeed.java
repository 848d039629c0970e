package org.urbaninnovation.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The catalogue's feed as recorded from a real catalog-service (its seed: 14 cities, 14
 * initiatives), served over HTTP with the producer's paging, plus two test events (a city with a
 * round population and an initiative in it) and switches that replay the faults a consumer must
 * survive: a page served again, a page out of order, an unavailable producer.
 */
public class RecordedCatalogFeed implements QuarkusTestResourceLifecycleManager {

    public enum Mode { NORMAL, FROM_START_AGAIN, REVERSED, UNAVAILABLE }

    public static final String TEST_CITY = "33333333-0000-4000-8000-000000000001";
    public static final String TEST_INITIATIVE = "33333333-0000-4000-8000-000000000002";
    public static final long TEST_CITY_POPULATION = 1_000_000;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<ObjectNode> EVENTS = new CopyOnWriteArrayList<>();
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static volatile Mode mode = Mode.NORMAL;
    private static volatile String lastAuthorization;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        reset();
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/internal/v1/events", RecordedCatalogFeed::serve);
        server.start();
        return Map.of("quarkus.rest-client.catalog-feed.url", "http://localhost:" + server.getAddress().getPort(),
                "metrics.catalog-feed.token", "recorded-feed-token",
                "metrics.catalog-feed.page-size", "10");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The recorded events and the two test events, in normal mode. */
    public static void reset() {
        EVENTS.clear();
        try (InputStream in = RecordedCatalogFeed.class.getResourceAsStream("/feed/catalog-events.json")) {
            for (var node : MAPPER.readTree(in)) {
                EVENTS.add((ObjectNode) node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        append("city.created", "city", TEST_CITY, city(0, "Testville"));
        append("initiative.created", "initiative", TEST_INITIATIVE, initiative(0, "Test initiative"));
        mode = Mode.NORMAL;
    }

    public static void mode(Mode newMode) {
        mode = newMode;
    }

    public static int eventCount() {
        return EVENTS.size();
    }

    public static int requests() {
        return REQUESTS.get();
    }

    public static String lastAuthorization() {
        return lastAuthorization;
    }

    /** Publishes one more event, as the producer would after a change. */
    public static void append(String type, String aggregateType, String aggregateId, ObjectNode payload) {
        ObjectNode event = MAPPER.createObjectNode();
        event.put("seq", EVENTS.size() + 1);
        event.put("id", java.util.UUID.randomUUID().toString());
        event.put("type", type);
        event.put("aggregateType", aggregateType);
        event.put("aggregateId", aggregateId);
        event.put("occurredAt", "2026-11-28T12:00:00Z");
        event.put("schemaVersion", 1);
        event.set("payload", payload);
        EVENTS.add(event);
    }

    public static ObjectNode city(long version, String name) {
        ObjectNode city = MAPPER.createObjectNode();
        city.put("id", TEST_CITY);
        city.put("slug", "testville");
        city.put("name", name);
        city.put("country", "Testland");
        city.put("population", TEST_CITY_POPULATION);
        city.put("version", version);
        return city;
    }

    public static ObjectNode initiative(long version, String title) {
        ObjectNode initiative = MAPPER.createObjectNode();
        initiative.put("id", TEST_INITIATIVE);
        initiative.put("slug", "test-initiative");
        initiative.put("title", title);
        initiative.put("cityId", TEST_CITY);
        initiative.put("citySlug", "testville");
        initiative.put("cityName", "Testville");
        initiative.put("country", "Testland");
        initiative.put("cycle", "gz-award-6");
        initiative.putArray("themes").add("economic");
        initiative.putArray("sdgs").add(8);
        initiative.putNull("innovationType");
        initiative.put("status", "published");
        initiative.put("version", version);
        return initiative;
    }

    private static void serve(HttpExchange exchange) throws IOException {
        REQUESTS.incrementAndGet();
        lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (mode == Mode.UNAVAILABLE) {
            respond(exchange, 503, "{\"status\":503,\"title\":\"Service unavailable\"}");
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI());
        long after = mode == Mode.FROM_START_AGAIN ? 0 : Long.parseLong(query.getOrDefault("after", "0"));
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        List<ObjectNode> items = new ArrayList<>(EVENTS.stream().filter(e -> e.get("seq").asLong() > after).limit(limit).toList());
        long lastSeq = items.isEmpty() ? after : items.get(items.size() - 1).get("seq").asLong();
        if (mode == Mode.REVERSED) {
            Collections.reverse(items);
        }
        ObjectNode page = MAPPER.createObjectNode();
        page.putArray("items").addAll(items);
        page.put("after", after);
        page.put("limit", limit);
        page.put("lastSeq", lastSeq);
        respond(exchange, 200, MAPPER.writeValueAsString(page));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new java.util.HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return params;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

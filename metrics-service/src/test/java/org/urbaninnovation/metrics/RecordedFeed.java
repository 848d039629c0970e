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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A producer's outbox feed as recorded from the real service, served over HTTP with the producer's
 * paging ({@code /internal/v1/events?after=&limit=}), with switches that replay the faults a
 * consumer must survive: a page served again, a page out of order, an unavailable producer.
 */
public final class RecordedFeed {

    public enum Mode { NORMAL, FROM_START_AGAIN, REVERSED, UNAVAILABLE }

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final String recording;
    private final List<ObjectNode> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Mode mode = Mode.NORMAL;
    private volatile String lastAuthorization;
    private HttpServer server;

    /** @param recording the classpath resource holding the recorded events, in order */
    RecordedFeed(String recording) {
        this.recording = recording;
    }

    /** Serves the feed on a free port; answers its base URL. */
    String start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/internal/v1/events", this::serve);
        server.start();
        return "http://localhost:" + server.getAddress().getPort();
    }

    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Back to the recorded events, in normal mode. */
    void reset() {
        events.clear();
        try (InputStream in = RecordedFeed.class.getResourceAsStream(recording)) {
            for (var node : MAPPER.readTree(in)) {
                events.add((ObjectNode) node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mode = Mode.NORMAL;
    }

    void mode(Mode newMode) {
        mode = newMode;
    }

    int eventCount() {
        return events.size();
    }

    int requests() {
        return requests.get();
    }

    String lastAuthorization() {
        return lastAuthorization;
    }

    /** The payload of a recorded event, as a copy to change and publish again. */
    ObjectNode payload(int seq) {
        return events.get(seq - 1).get("payload").deepCopy();
    }

    /** Publishes one more event, as the producer would after a change. */
    void append(String type, String aggregateType, String aggregateId, ObjectNode payload) {
        ObjectNode event = MAPPER.createObjectNode();
        event.put("seq", events.size() + 1);
        event.put("id", UUID.randomUUID().toString());
        event.put("type", type);
        event.put("aggregateType", aggregateType);
        event.put("aggregateId", aggregateId);
        event.put("occurredAt", "2026-11-28T12:00:00Z");
        event.put("schemaVersion", 1);
        event.set("payload", payload);
        events.add(event);
    }

    private void serve(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (mode == Mode.UNAVAILABLE) {
            respond(exchange, 503, "{\"status\":503,\"title\":\"Service unavailable\"}");
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI());
        long after = mode == Mode.FROM_START_AGAIN ? 0 : Long.parseLong(query.getOrDefault("after", "0"));
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        List<ObjectNode> items = new ArrayList<>(events.stream().filter(e -> e.get("seq").asLong() > after).limit(limit).toList());
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
        Map<String, String> params = new HashMap<>();
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

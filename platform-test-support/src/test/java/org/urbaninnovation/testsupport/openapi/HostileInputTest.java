package org.urbaninnovation.testsupport.openapi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.restassured.RestAssured;

/**
 * The hostile-input checks against a deliberately careless service (a JDK HTTP server): each of its
 * mistakes is found, and its one careful endpoint is not blamed.
 */
class HostileInputTest {

    private static HttpServer server;
    private static final AtomicInteger ROWS = new AtomicInteger();
    private static List<String> findings;

    @BeforeAll
    static void attackTheCarelessService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", HostileInputTest::careless);
        server.start();
        int port = server.getAddress().getPort();
        ApiDocument doc;
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/openapi/hostile.json")) {
            doc = ApiDocument.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        findings = new HostileInput(doc, () -> RestAssured.given().baseUri("http://localhost").port(port), roles -> null,
                () -> Map.of("things", Integer.toString(ROWS.get()))).run(operation -> true, true, true);
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void aParameterThatReachesA5xxIsFound() {
        assertFound("GET /things/{id} with path id=x\\0y: 500");
    }

    @Test
    void aStackTraceInABodyIsFound() {
        assertFound("GET /things/{id} with path id=x\\0y: the body shows internals");
    }

    @Test
    void anErrorThatIsNotAProblemIsFound() {
        assertFound("GET /things with query size=not-a-known-value: 400 answered as");
        assertFound("400 answered as 'text/plain', not application/problem+json");
    }

    @Test
    void aProblemWhoseStatusIsNotTheHttpStatusIsFound() {
        assertFound("POST /things with body: malformed JSON: 400 with a problem whose status is 422");
    }

    @Test
    void aRefusedWriteThatChangedRowsIsFound() {
        assertFound("POST /things with body: an unknown field: 400 but rows changed: things");
    }

    @Test
    void theCarefulEndpointIsNotBlamed() {
        assertTrue(findings.stream().noneMatch(f -> f.startsWith("GET /ok ")), String.join("\n", findings));
    }

    private static void assertFound(String fragment) {
        assertTrue(findings.stream().anyMatch(f -> f.contains(fragment)), "no finding with '" + fragment + "' among:\n"
                + String.join("\n", findings));
    }

    private static void careless(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.equals("/ok")) {
            answer(exchange, 200, "application/json", "{}");
        } else if (path.startsWith("/things/")) {
            String id = URLDecoder.decode(path.substring("/things/".length()), StandardCharsets.UTF_8);
            if (id.indexOf('\u0000') >= 0) {
                answer(exchange, 500, "application/problem+json", "{\"status\":500,\"detail\":\"java.lang.IllegalArgumentException: NUL\\n\\tat org.example.Things.find(Things.java:12)\"}");
            } else {
                answer(exchange, 404, "application/problem+json", "{\"status\":404}");
            }
        } else if (exchange.getRequestMethod().equals("GET")) {
            String size = query.startsWith("size=") ? URLDecoder.decode(query.substring(5), StandardCharsets.UTF_8) : "1";
            if (size.matches("-?\\d{1,9}")) {
                answer(exchange, 200, "application/json", "{}");
            } else {
                answer(exchange, 400, "text/plain", "bad size");
            }
        } else if (body.contains("unexpectedField")) {
            ROWS.incrementAndGet();
            answer(exchange, 400, "application/problem+json", "{\"status\":400}");
        } else if (!body.trim().endsWith("}")) {
            answer(exchange, 400, "application/problem+json", "{\"status\":422}");
        } else {
            answer(exchange, 201, "application/json", "{}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}

package org.urbaninnovation.testsupport.openapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Sends hostile values to every parameter and every request body field an OpenAPI document
 * describes, and says what went wrong: a 5xx, an error that is not problem+json or whose
 * {@code status} is not the HTTP status, a stack trace or database text in a body, or a refused
 * write that still changed rows.
 */
public final class HostileInput {

    /** Values that must never reach a 5xx, whatever parameter they are sent to. */
    public static final List<String> VALUES = List.of("x\u0000y", "a".repeat(10_000), "' OR '1'='1'; DROP TABLE city; --",
            "<script>alert(1)</script>", "99999999999999999999", "-1", "0", "0.5", "\u202Eevil\u202C \u0645\u0631\u062D\u0628\u0627",
            "\uD83D\uDC1D\uD83C\uDFD9\uFE0F", "not-a-known-value");
    /** Sent as they are, not percent-encoded: a path traversal. */
    private static final String TRAVERSAL = "..%2F..%2Fq%2Fhealth";
    private static final Pattern LEAKS = Pattern.compile(
            "\\n\\s+at [\\w.$]+\\(|Caused by:|\\b(?:java|jakarta|org|io|com)\\.[\\w.]+(?:Exception|Error)\\b"
                    + "|PSQLException|org\\.postgresql|SQL ?state|ERROR: |syntax error at or near|org\\.hibernate");
    private static final Pattern NOT_SENT_AS_HEADER = Pattern.compile("[\\x00-\\x1f\\x7f]|[^\\x00-\\xff]");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiDocument doc;
    private final SchemaValues values;
    private final Supplier<RequestSpecification> http;
    private final Function<List<String>, String> tokenFor;
    private final Supplier<Map<String, String>> rows;
    private BiConsumer<ApiOperation, Response> accepted = (operation, response) -> {
    };

    /**
     * @param http     a fresh request against the service (REST Assured, base URI and port set)
     * @param tokenFor a bearer token for an operation's roles (null for a public operation: none sent)
     * @param rows     a fingerprint of the service's database rows (per table), to tell that a refused write changed nothing
     */
    public HostileInput(ApiDocument doc, Supplier<RequestSpecification> http, Function<List<String>, String> tokenFor,
            Supplier<Map<String, String>> rows) {
        this.doc = doc;
        this.values = new SchemaValues(doc);
        this.http = http;
        this.tokenFor = tokenFor;
        this.rows = rows;
    }

    /** Called with every write that was accepted (an attack that happened to be valid), so that a test can undo it. */
    public HostileInput onAcceptedWrite(BiConsumer<ApiOperation, Response> undo) {
        this.accepted = undo;
        return this;
    }

    public List<String> run(Predicate<ApiOperation> covered, boolean parameters, boolean bodies) {
        List<String> findings = new ArrayList<>();
        for (ApiOperation operation : doc.operations()) {
            if (covered.test(operation)) {
                if (parameters) {
                    findings.addAll(attackParameters(operation));
                }
                if (bodies) {
                    findings.addAll(attackBody(operation));
                }
            }
        }
        return findings;
    }

    public List<String> attackParameters(ApiOperation operation) {
        List<String> findings = new ArrayList<>();
        for (JsonNode parameter : operation.parameters()) {
            String in = parameter.path("in").asText();
            String name = parameter.path("name").asText();
            if (in.equals("header") && name.equalsIgnoreCase("Authorization")) {
                continue;
            }
            List<String> attacks = new ArrayList<>(VALUES);
            if (!in.equals("header")) {
                attacks.add(TRAVERSAL);
            }
            for (String value : attacks) {
                if (in.equals("header") && NOT_SENT_AS_HEADER.matcher(value).find()) {
                    continue;
                }
                Request request = baseline(operation);
                String sent = value.equals(TRAVERSAL) ? value : encode(value);
                switch (in) {
                    case "path" -> request.path.put(name, sent);
                    case "query" -> request.query.put(name, sent);
                    case "header" -> request.headers.put(name, value);
                    default -> {
                        continue;
                    }
                }
                judge(operation, in + " " + name + "=" + shorten(value), request, findings);
            }
        }
        return findings;
    }

    public List<String> attackBody(ApiOperation operation) {
        List<String> findings = new ArrayList<>();
        if (operation.jsonMediaType().isEmpty()) {
            return findings;
        }
        JsonNode valid = values.body(operation).orElse(NODES.objectNode());
        List<Map.Entry<String, byte[]>> attacks = new ArrayList<>();
        attacks.add(Map.entry("malformed JSON", "{\"title\": ".getBytes(StandardCharsets.UTF_8)));
        attacks.add(Map.entry("an empty body", new byte[0]));
        attacks.add(Map.entry("JSON null", "null".getBytes(StandardCharsets.UTF_8)));
        attacks.add(Map.entry("a body of the wrong shape", (valid.isArray() ? "{}" : "[]").getBytes(StandardCharsets.UTF_8)));
        if (valid.isObject()) {
            ObjectNode unknown = valid.deepCopy();
            unknown.put("unexpectedField", 1);
            attacks.add(Map.entry("an unknown field", bytes(unknown)));
        }
        SchemaValues.leaves(valid, "", (pointer, leaf) -> {
            for (Map.Entry<String, JsonNode> mutation : mutations(leaf).entrySet()) {
                attacks.add(Map.entry(pointer + " " + mutation.getKey(), bytes(replace(valid, pointer, mutation.getValue()))));
            }
        });
        for (Map.Entry<String, byte[]> attack : attacks) {
            Request request = baseline(operation);
            request.body = attack.getValue();
            judge(operation, "body: " + attack.getKey(), request, findings);
        }
        Request wrongType = baseline(operation);
        wrongType.contentType = "text/plain";
        judge(operation, "body as text/plain", wrongType, findings);
        Request oversized = baseline(operation);
        oversized.body = ("\"" + "a".repeat(2 * 1024 * 1024) + "\"").getBytes(StandardCharsets.UTF_8);
        judge(operation, "a body of 2 MB", oversized, findings);
        return findings;
    }

    private static Map<String, JsonNode> mutations(JsonNode leaf) {
        Map<String, JsonNode> mutations = new LinkedHashMap<>();
        mutations.put("nulled", NODES.nullNode());
        mutations.put("as NUL text", NODES.textNode("x\u0000y"));
        mutations.put("as script", NODES.textNode("<script>alert(1)</script>"));
        if (leaf.isTextual()) {
            mutations.put("as a number", NODES.numberNode(12345));
            mutations.put("10,001 characters long", NODES.textNode("a".repeat(10_001)));
            mutations.put("as an object", NODES.objectNode());
        } else if (leaf.isNumber()) {
            mutations.put("as text", NODES.textNode("abc"));
            mutations.put("overflowing", NODES.numberNode(new java.math.BigDecimal("1e400")));
            mutations.put("negative", NODES.numberNode(-1));
            mutations.put("a fraction", NODES.numberNode(0.5));
        } else if (leaf.isBoolean()) {
            mutations.put("as text", NODES.textNode("yes"));
        } else if (leaf.isArray()) {
            ArrayNode many = NODES.arrayNode();
            for (int i = 0; i < 1001; i++) {
                many.add(leaf.size() > 0 ? leaf.get(0).deepCopy() : NODES.textNode("x"));
            }
            mutations.put("with 1,001 items", many);
            mutations.put("as an object", NODES.objectNode());
        } else if (leaf.isObject()) {
            mutations.put("as an array", NODES.arrayNode());
        }
        return mutations;
    }

    private static JsonNode replace(JsonNode root, String pointer, JsonNode value) {
        JsonNode copy = root.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? copy : copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return copy;
    }

    /** A request that would pass, but for what an attack changes: required parameters and body, a token of the right role. */
    private Request baseline(ApiOperation operation) {
        Request request = new Request(operation);
        for (JsonNode parameter : operation.parameters()) {
            String name = parameter.path("name").asText();
            switch (parameter.path("in").asText()) {
                case "path" -> request.path.put(name, encode(values.parameter(parameter)));
                case "query" -> {
                    if (parameter.path("required").asBoolean()) {
                        request.query.put(name, encode(values.parameter(parameter)));
                    }
                }
                case "header" -> {
                    if (name.equalsIgnoreCase("Idempotency-Key")) {
                        request.headers.put(name, UUID.randomUUID().toString());
                    } else if (parameter.path("required").asBoolean()) {
                        request.headers.put(name, values.parameter(parameter));
                    }
                }
                default -> {
                }
            }
        }
        operation.jsonMediaType().ifPresent(type -> {
            request.contentType = type;
            request.body = bytes(values.body(operation).orElse(NODES.objectNode()));
        });
        return request;
    }

    private void judge(ApiOperation operation, String attack, Request request, List<String> findings) {
        boolean write = !operation.method().equals("GET") && !operation.method().equals("HEAD");
        Map<String, String> before = write ? rows.get() : Map.of();
        Response response = request.send();
        int status = response.statusCode();
        String where = operation.name() + " with " + attack + ": ";
        String body = response.asString();
        if (status >= 500) {
            findings.add(where + status + " " + shorten(body));
        }
        if (status >= 400) {
            String type = response.contentType() == null ? "" : response.contentType();
            if (!type.startsWith("application/problem+json")) {
                findings.add(where + status + " answered as '" + type + "', not application/problem+json");
            } else {
                try {
                    JsonNode problem = JSON.readTree(body);
                    if (problem.path("status").asInt() != status) {
                        findings.add(where + status + " with a problem whose status is " + problem.path("status"));
                    }
                } catch (java.io.IOException e) {
                    findings.add(where + status + " with a problem that is not JSON");
                }
            }
        }
        if (LEAKS.matcher(body).find()) {
            findings.add(where + "the body shows internals: " + shorten(body));
        }
        if (write && status / 100 == 2) {
            accepted.accept(operation, response);
        }
        if (write && status >= 400) {
            Map<String, String> after = rows.get();
            if (!after.equals(before)) {
                findings.add(where + status + " but rows changed: " + changed(before, after));
            }
        }
    }

    private static String changed(Map<String, String> before, Map<String, String> after) {
        List<String> tables = new ArrayList<>();
        after.forEach((table, fingerprint) -> {
            if (!fingerprint.equals(before.get(table))) {
                tables.add(table);
            }
        });
        return String.join(", ", tables);
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorten(String text) {
        String visible = text.replace("\u0000", "\\0");
        return visible.length() > 160 ? visible.substring(0, 160) + "…(" + visible.length() + " chars)" : visible;
    }

    /** One request being built: path values and query values already percent-encoded. */
    private final class Request {

        final ApiOperation operation;
        final Map<String, String> path = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        String contentType;
        byte[] body;

        Request(ApiOperation operation) {
            this.operation = operation;
        }

        Response send() {
            String url = operation.path();
            for (Map.Entry<String, String> value : path.entrySet()) {
                url = url.replace("{" + value.getKey() + "}", value.getValue());
            }
            // The bytes are UTF-8 and say so: REST Assured would otherwise declare ISO-8859-1.
            RequestSpecification spec = http.get().urlEncodingEnabled(false).redirects().follow(false)
                    .config(RestAssuredConfig.config().encoderConfig(
                            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
            String token = tokenFor.apply(operation.secured() ? operation.roles() : null);
            if (token != null) {
                spec.header("Authorization", "Bearer " + token);
            }
            query.forEach(spec::queryParam);
            headers.forEach(spec::header);
            if (contentType != null) {
                spec.contentType(contentType);
            }
            if (body != null) {
                spec.body(body);
            }
            return spec.request(operation.method(), url);
        }
    }
}

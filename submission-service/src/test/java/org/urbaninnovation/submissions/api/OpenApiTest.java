package org.urbaninnovation.submissions.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.testsupport.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The OpenAPI document tells the truth: each operation documents the one success status it
 * answers, every request body has an example the service accepts with that status (posted here,
 * with ids pointing at entities of the right phase), limits and nullability are declared, and only
 * formats JSON Schema knows are used.
 */
@QuarkusTest
class OpenApiTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Map<String, String> SUCCESS = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /api/v1/cycles", "200"), Map.entry("POST /api/v1/cycles", "201"),
            Map.entry("GET /api/v1/cycles/{id}", "200"), Map.entry("PATCH /api/v1/cycles/{id}", "200"),
            Map.entry("POST /api/v1/cycles/{id}/phase", "200"), Map.entry("POST /api/v1/cycles/{id}/publish", "200"),
            Map.entry("POST /api/v1/cycles/{cycleId}/submissions", "201"),
            Map.entry("POST /api/v1/cycles/{cycleId}/jurors", "201"), Map.entry("GET /api/v1/cycles/{cycleId}/jurors", "200"),
            Map.entry("POST /api/v1/cycles/{cycleId}/assignments", "201"),
            Map.entry("POST /api/v1/cycles/{cycleId}/assignments/auto", "200"),
            Map.entry("GET /api/v1/cycles/{cycleId}/ranking", "200"), Map.entry("POST /api/v1/cycles/{cycleId}/decisions", "201"),
            Map.entry("GET /api/v1/submissions", "200"), Map.entry("GET /api/v1/submissions/{id}", "200"),
            Map.entry("PATCH /api/v1/submissions/{id}", "200"), Map.entry("POST /api/v1/submissions/{id}/submit", "200"),
            Map.entry("POST /api/v1/submissions/{id}/withdraw", "200"),
            Map.entry("POST /api/v1/submissions/{id}/screening", "200"),
            Map.entry("POST /api/v1/submissions/{id}/extension", "200"),
            Map.entry("GET /api/v1/submissions/{id}/reviews", "200"), Map.entry("GET /api/v1/assignments", "200"),
            Map.entry("POST /api/v1/assignments/{id}/conflict", "200"), Map.entry("GET /api/v1/assignments/{id}/review", "200"),
            Map.entry("PUT /api/v1/assignments/{id}/review", "200"), Map.entry("POST /api/v1/assignments/{id}/review/file", "200"),
            Map.entry("GET /api/v1/audit", "200"), Map.entry("GET /internal/v1/events", "200")));

    private static final Set<String> FORMATS = Set.of("int32", "int64", "float", "double", "date-time", "date", "time",
            "duration", "uuid", "email", "uri", "byte", "binary", "password");

    private static JsonNode document() throws Exception {
        return MAPPER.readTree(given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().asString());
    }

    private static Map<String, JsonNode> operations(JsonNode doc) {
        Map<String, JsonNode> operations = new TreeMap<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (Set.of("get", "put", "post", "patch", "delete").contains(op.getKey())) {
                operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
        return operations;
    }

    private static Set<String> successCodes(JsonNode operation) {
        Set<String> codes = new TreeSet<>();
        operation.get("responses").fieldNames().forEachRemaining(code -> {
            if (code.startsWith("2")) {
                codes.add(code);
            }
        });
        return codes;
    }

    @Test
    void everyOperationDocumentsTheOneSuccessStatusItAnswers() throws Exception {
        Map<String, String> documented = new TreeMap<>();
        operations(document()).forEach((name, op) -> {
            Set<String> codes = successCodes(op);
            assertEquals(1, codes.size(), name + " documents " + codes);
            documented.put(name, codes.iterator().next());
        });
        assertEquals(SUCCESS, documented);
    }

    /** Sends an operation's documented example, its ids replaced, and checks the documented status comes back. */
    private final class Examples {
        final Map<String, JsonNode> operations;
        final Set<String> sent = new HashSet<>();

        Examples(JsonNode doc) {
            operations = operations(doc);
        }

        String send(String operation, String token, Map<String, String> path, Map<String, String> ids, String ifMatch)
                throws Exception {
            JsonNode op = operations.get(operation);
            var content = op.get("requestBody").get("content").fields().next();
            JsonNode example = content.getValue().get("examples").elements().next().get("value");
            JsonNode body = example.isTextual() ? MAPPER.readTree(example.asText()) : example.deepCopy();
            ids.forEach((field, id) -> ((ObjectNode) body).put(field, id));
            String url = operation.substring(operation.indexOf(' ') + 1);
            for (var param : path.entrySet()) {
                url = url.replace("{" + param.getKey() + "}", param.getValue());
            }
            RequestSpecification request = given().auth().oauth2(token).contentType(content.getKey()).body(body.toString());
            if (ifMatch != null) {
                request = request.header("If-Match", ifMatch);
            }
            var response = request.when().request(operation.substring(0, operation.indexOf(' ')), url);
            assertEquals(Integer.parseInt(SUCCESS.get(operation)), response.statusCode(), operation + ": " + response.asString());
            sent.add(operation);
            return response.path("id");
        }
    }

    @Test
    void everyRequestExampleIsAcceptedWithTheDocumentedStatus() throws Exception {
        Examples examples = new Examples(document());
        String admin = Tokens.admin();
        String city = Award.city(Award.CITY_A);

        String cycle = examples.send("POST /api/v1/cycles", admin, Map.of(), Map.of(), null);
        examples.send("PATCH /api/v1/cycles/{id}", admin, Map.of("id", cycle), Map.of(), Award.cycleEtag(cycle));
        examples.send("POST /api/v1/cycles/{id}/phase", admin, Map.of("id", cycle), Map.of(), Award.cycleEtag(cycle));
        String draft = examples.send("POST /api/v1/cycles/{cycleId}/submissions", city, Map.of("cycleId", cycle), Map.of(), null);
        examples.send("PATCH /api/v1/submissions/{id}", city, Map.of("id", draft), Map.of(), "\"0\"");
        examples.send("POST /api/v1/submissions/{id}/extension", admin, Map.of("id", draft), Map.of(), null);
        examples.send("POST /api/v1/cycles/{cycleId}/jurors", admin, Map.of("cycleId", cycle), Map.of(), null);

        String reviewed = Award.cycle("");
        Award.phase(reviewed, "open");
        String entry = Award.submitted(reviewed, Award.CITY_A, "Example entry");
        Award.phase(reviewed, "screening");
        examples.send("POST /api/v1/submissions/{id}/screening", admin, Map.of("id", entry), Map.of(), null);
        Map<String, String> jurors = new HashMap<>();
        for (String country : List.of("KE", "BR", "DE", "FR")) {
            jurors.put(country, Award.registerJuror(reviewed, country));
        }
        String assignment = examples.send("POST /api/v1/cycles/{cycleId}/assignments", admin, Map.of("cycleId", reviewed),
                Map.of("submissionId", entry, "jurorId", jurors.get("KE")), null);
        examples.send("POST /api/v1/assignments/{id}/conflict", Award.juror("KE"), Map.of("id", assignment), Map.of(), null);
        examples.send("POST /api/v1/cycles/{cycleId}/assignments/auto", admin, Map.of("cycleId", reviewed), Map.of(), null);
        Award.phase(reviewed, "review");
        String brazil = Award.assignmentOf(entry, "BR");
        examples.send("PUT /api/v1/assignments/{id}/review", Award.juror("BR"), Map.of("id", brazil), Map.of(), "\"0\"");
        given().auth().oauth2(Award.juror("BR")).when().post("/api/v1/assignments/" + brazil + "/review/file").then().statusCode(200);
        Award.review(Award.assignmentOf(entry, "DE"), "DE", 7, 7, 7, 7);
        Award.review(Award.assignmentOf(entry, "FR"), "FR", 6, 6, 6, 6);
        Award.phase(reviewed, "deliberation");
        examples.send("POST /api/v1/cycles/{cycleId}/decisions", admin, Map.of("cycleId", reviewed), Map.of("submissionId", entry), null);

        Set<String> withBodies = new TreeSet<>();
        examples.operations.forEach((name, op) -> {
            if (op.has("requestBody")) {
                assertTrue(op.get("requestBody").get("content").elements().next().has("examples"), name + " has no example");
                withBodies.add(name);
            }
        });
        assertEquals(withBodies, new TreeSet<>(examples.sent));
    }

    @Test
    void limitsAndRequiredMembersAreDeclaredWhereTheyAreEnforced() throws Exception {
        JsonNode schemas = document().get("components").get("schemas");
        JsonNode content = schemas.get("SubmissionContent");
        assertEquals("[\"title\"]", content.get("required").toString());
        assertEquals(300, content.get("properties").get("title").get("maxLength").asInt());
        assertEquals(50, content.get("properties").get("outcomeClaims").get("maxItems").asInt());
        JsonNode settings = schemas.get("CycleSettings");
        assertEquals("[\"number\",\"name\",\"submissionDeadline\",\"timeZone\"]", settings.get("required").toString());
        assertEquals(9999, settings.get("properties").get("number").get("maximum").asInt());
        assertEquals(10, schemas.get("AutoAssignRequest").get("properties").get("perSubmission").get("maximum").asInt());
        assertEquals(1000000000, schemas.get("CityData").get("properties").get("population").get("maximum").asInt());
    }

    @Test
    void optionalMembersAreNullableAndRequiredOnesAreNot() throws Exception {
        JsonNode properties = document().get("components").get("schemas").get("SubmissionContent").get("properties");
        assertEquals("[\"string\",\"null\"]", properties.get("summary").get("type").toString());
        assertEquals("\"string\"", properties.get("title").get("type").toString());
        assertEquals("{\"type\":\"null\"}", properties.get("city").get("anyOf").get(1).toString());
    }

    @Test
    void onlyFormatsJsonSchemaKnowsAreUsed() throws Exception {
        Set<String> used = new TreeSet<>();
        collectFormats(document(), used);
        assertTrue(FORMATS.containsAll(used), used.toString());
    }

    private static void collectFormats(JsonNode node, Set<String> formats) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("format") && field.getValue().isTextual()) {
                    formats.add(field.getValue().asText());
                } else {
                    collectFormats(field.getValue(), formats);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectFormats(element, formats));
        }
    }
}

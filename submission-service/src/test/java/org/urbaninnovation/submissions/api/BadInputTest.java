package org.urbaninnovation.submissions.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Every body an endpoint takes, spoiled each way a client spoils one (malformed JSON, a wrong type,
 * an unknown value of a closed vocabulary, an unknown member, markup in text, a value out of
 * bounds, an oversized body, another media type): a problem document naming the field, and no
 * change (no audit row, no event).
 */
@QuarkusTest
class BadInputTest {

    private long audit;
    private long seq;

    /** An endpoint taking a body: who calls it, with which media type and If-Match (resolved when sent). */
    private record Target(String name, String method, String path, String token, String contentType, String ifMatchOf) {
    }

    private static final String JSON = "application/json";
    private static final String SOME_UUID = "00000000-0000-4000-8000-000000000000";

    private static Target cycles() {
        return new Target("create cycle", "POST", "/api/v1/cycles", Tokens.admin(), JSON, null);
    }

    private static List<Object[]> cases() {
        Target createCycle = cycles();
        Target patchCycle = new Target("patch cycle", "PATCH", "/api/v1/cycles/{C}", Tokens.admin(), Award.MERGE_PATCH, "cycle");
        Target phase = new Target("phase", "POST", "/api/v1/cycles/{R}/phase", Tokens.admin(), JSON, "*");
        Target draft = new Target("create draft", "POST", "/api/v1/cycles/{O}/submissions", Award.city(Award.CITY_A), JSON, null);
        Target autosave = new Target("autosave", "PATCH", "/api/v1/submissions/{D}", Award.city(Award.CITY_A), Award.MERGE_PATCH, "draft");
        Target screening = new Target("screening", "POST", "/api/v1/submissions/{S}/screening", Tokens.admin(), JSON, null);
        Target extension = new Target("extension", "POST", "/api/v1/submissions/{D}/extension", Tokens.admin(), JSON, null);
        Target juror = new Target("juror", "POST", "/api/v1/cycles/{R}/jurors", Tokens.admin(), JSON, null);
        Target assignment = new Target("assignment", "POST", "/api/v1/cycles/{R}/assignments", Tokens.admin(), JSON, null);
        Target auto = new Target("auto-assignment", "POST", "/api/v1/cycles/{R}/assignments/auto", Tokens.admin(), JSON, null);
        Target conflict = new Target("conflict", "POST", "/api/v1/assignments/{A_FR}/conflict", Award.juror("FR"), JSON, null);
        Target review = new Target("review", "PUT", "/api/v1/assignments/{A_KE}/review", Award.juror("KE"), JSON, "review");
        Target decision = new Target("decision", "POST", "/api/v1/cycles/{R}/decisions", Tokens.admin(), JSON, null);
        String cycle = "\"name\": \"Bad\", \"submissionDeadline\": \"2030-01-01T00:00:00Z\", \"timeZone\": \"Asia/Shanghai\"";
        return List.of(
                new Object[] { createCycle, "{\"number\": \"seven\", " + cycle + "}", "number" },
                new Object[] { createCycle, "{\"number\": 0, " + cycle + "}", "number" },
                new Object[] { createCycle, "{\"number\": 5000, \"name\": \"<script>alert(1)</script>\", \"submissionDeadline\": \"2030-01-01T00:00:00Z\", \"timeZone\": \"Asia/Shanghai\"}", "name" },
                new Object[] { createCycle, "{\"number\": 5000, \"name\": \"Bad\", \"submissionDeadline\": \"soon\", \"timeZone\": \"Asia/Shanghai\"}", "submissionDeadline" },
                new Object[] { createCycle, "{\"number\": 5000, " + cycle + ", \"phase\": \"open\"}", "phase" },
                new Object[] { createCycle, "{\"number\": 5000, " + cycle + ", \"criteria\": [{\"code\": \"innovation\", \"name\": \"Innovation\", \"weight\": 0.5}]}", "criteria" },
                new Object[] { createCycle, "{\"number\": 5000, \"name\": \"Bad\", \"submissionDeadline\": \"2030-01-01T00:00:00Z\", \"timeZone\": \"Mars/Base\"}", "timeZone" },
                new Object[] { patchCycle, "{\"winners\": \"five\"}", "winners" },
                new Object[] { patchCycle, "{\"name\": \"<b>bold</b>\"}", "name" },
                new Object[] { patchCycle, "{\"phase\": \"open\"}", "phase" },
                new Object[] { patchCycle, "{\"name\": null}", "name" },
                new Object[] { phase, "{\"phase\": \"finished\"}", "phase" },
                new Object[] { draft, "{\"title\": \"x\", \"sdgs\": \"eleven\"}", "sdgs" },
                new Object[] { draft, "{\"title\": \"x\", \"themes\": [\"sports\"]}", "themes[0]" },
                new Object[] { draft, "{\"title\": \"x\", \"budget\": 5}", "budget" },
                new Object[] { draft, "{\"title\": \"<img src=x onerror=alert(1)>\"}", "title" },
                new Object[] { draft, "{\"title\": \"x\", \"city\": {\"population\": -1}}", "city.population" },
                new Object[] { draft, "{\"title\": \"x\", \"sections\": {\"epilogue\": \"The end.\"}}", "sections[epilogue]" },
                new Object[] { draft, "{\"title\": \"" + "x".repeat(301) + "\"}", "title" },
                new Object[] { autosave, "{\"sdgs\": [99]}", "sdgs[0]" },
                new Object[] { autosave, "{\"outcomeClaims\": [{\"direction\": \"up\"}]}", "outcomeClaims[0].direction" },
                new Object[] { autosave, "{\"outcomeClaims\": [{\"result\": {\"period\": \"2023-13\"}}]}", "outcomeClaims[0].result.period" },
                new Object[] { autosave, "{\"owner\": \"someone else\"}", "owner" },
                new Object[] { autosave, "{\"summary\": \"<p>hi</p>\"}", "summary" },
                new Object[] { autosave, "{\"title\": null}", "title" },
                new Object[] { autosave, "{\"city\": {\"countryCode\": \"China\"}}", "city.countryCode" },
                new Object[] { screening, "{\"eligible\": \"yes\", \"reason\": \"x\"}", "eligible" },
                new Object[] { screening, "{\"eligible\": true, \"reason\": \"<a href=x>x</a>\"}", "reason" },
                new Object[] { screening, "{\"eligible\": true}", "reason" },
                new Object[] { extension, "{\"until\": \"soon\", \"reason\": \"x\"}", "until" },
                new Object[] { juror, "{\"subject\": \"juror-x\", \"name\": \"X\", \"country\": \"Kenya\"}", "country" },
                new Object[] { juror, "{\"subject\": \"juror x\", \"name\": \"X\", \"country\": \"KE\"}", "subject" },
                new Object[] { assignment, "{\"submissionId\": \"not-a-uuid\", \"jurorId\": \"" + SOME_UUID + "\"}", "submissionId" },
                new Object[] { auto, "{\"perSubmission\": \"three\"}", "perSubmission" },
                new Object[] { auto, "{\"perSubmission\": 11}", "perSubmission" },
                new Object[] { conflict, "{\"reason\": \"<script>x</script>\"}", "reason" },
                new Object[] { review, "{\"scores\": {\"innovation\": \"high\"}}", "scores.innovation" },
                new Object[] { review, "{\"scores\": {\"innovation\": 11}}", "scores.innovation" },
                new Object[] { review, "{\"scores\": {\"beauty\": 5}}", "scores.beauty" },
                new Object[] { review, "{\"scores\": {}, \"comment\": \"<b>great</b>\"}", "comment" },
                new Object[] { decision, "{\"submissionId\": \"" + SOME_UUID + "\", \"outcome\": \"gold\", \"rationale\": \"x\"}", "outcome" });
    }

    private static String draftCycle;

    private static synchronized String draftCycle() {
        if (draftCycle == null) {
            draftCycle = Award.cycle("");
        }
        return draftCycle;
    }

    private static String resolve(String path) {
        return ReviewScenario.get().resolve(path).replace("{C}", draftCycle());
    }

    private static String ifMatch(Target target) {
        ReviewScenario s = ReviewScenario.get();
        if (target.ifMatchOf() == null) {
            return null;
        }
        return switch (target.ifMatchOf()) {
            case "cycle" -> Award.cycleEtag(draftCycle());
            case "draft" -> given().auth().oauth2(Award.city(Award.CITY_A)).when().get("/api/v1/submissions/" + s.draft)
                    .then().extract().header("ETag");
            case "review" -> Award.reviewEtag(s.keAssignment, "KE");
            default -> target.ifMatchOf();
        };
    }

    private static RequestSpecification request(Target target) {
        RequestSpecification request = given().auth().oauth2(target.token());
        String tag = ifMatch(target);
        return tag == null ? request : request.header("If-Match", tag);
    }

    @BeforeEach
    void remember() {
        ReviewScenario.get();
        draftCycle();
        audit = Award.auditCount();
        seq = Award.lastSeq();
    }

    @AfterEach
    void nothingChanged() {
        assertEquals(audit, Award.auditCount());
        assertEquals(seq, Award.lastSeq());
    }

    static Stream<Arguments> badBodies() {
        return cases().stream().map(c -> Arguments.of(((Target) c[0]).name(), c[1], c[2], c[0]));
    }

    @ParameterizedTest(name = "{0}: {1} -> 400 naming {2}")
    @MethodSource("badBodies")
    void aBadBodyIsA400NamingTheField(String name, String body, String field, Target target) {
        request(target).contentType(target.contentType()).body(body)
                .when().request(target.method(), resolve(target.path()))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    static Stream<Arguments> targets() {
        List<Arguments> targets = new ArrayList<>();
        cases().stream().map(c -> (Target) c[0]).distinct().forEach(t -> targets.add(Arguments.of(t.name(), t)));
        return targets.stream();
    }

    @ParameterizedTest(name = "{0}: malformed JSON")
    @MethodSource("targets")
    void malformedJsonIsA400(String name, Target target) {
        request(target).contentType(target.contentType()).body("{\"title\": ")
                .when().request(target.method(), resolve(target.path()))
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Malformed JSON"));
    }

    @ParameterizedTest(name = "{0}: a body over the limit")
    @MethodSource("targets")
    void anOversizedBodyIsA413(String name, Target target) {
        String huge = "{\"title\": \"" + "x".repeat(1_100_000) + "\"}";
        request(target).contentType(target.contentType()).body(huge)
                .when().request(target.method(), resolve(target.path()))
                .then().statusCode(413).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}: another media type")
    @MethodSource("targets")
    void anotherMediaTypeIsA415(String name, Target target) {
        request(target).contentType("text/plain").body("title=x")
                .when().request(target.method(), resolve(target.path()))
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aMergePatchMustBeAnObject() {
        Target autosave = new Target("autosave", "PATCH", "/api/v1/submissions/{D}", Award.city(Award.CITY_A), Award.MERGE_PATCH, "draft");
        request(autosave).contentType(Award.MERGE_PATCH).body("[\"title\"]")
                .when().patch(resolve(autosave.path())).then().statusCode(400).body("title", equalTo("Malformed JSON"));
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("/api/v1/submissions", Map.of("status", "bogus"), "status"),
                Arguments.of("/api/v1/submissions", Map.of("cycle", "seventh"), "cycle"),
                Arguments.of("/api/v1/submissions", Map.of("size", "0"), "size"),
                Arguments.of("/api/v1/submissions", Map.of("page", "ten"), "page"),
                Arguments.of("/api/v1/submissions", Map.of("format", "xml"), "format"),
                Arguments.of("/api/v1/assignments", Map.of("status", "pending"), "status"),
                Arguments.of("/api/v1/assignments", Map.of("juror", "kenya"), "juror"),
                Arguments.of("/api/v1/cycles/{R}/ranking", Map.of("order", "best"), "order"),
                Arguments.of("/api/v1/cycles/{R}/jurors", Map.of("size", "101"), "size"),
                Arguments.of("/api/v1/audit", Map.of("from", "yesterday"), "from"),
                Arguments.of("/api/v1/audit", Map.of("entityType", "city"), "entityType"),
                Arguments.of("/api/v1/audit", Map.of("actor", "x".repeat(201)), "actor"),
                Arguments.of("/api/v1/cycles", Map.of("size", "-1"), "size"));
    }

    @ParameterizedTest(name = "{0} {1} -> 400 naming {2}")
    @MethodSource("badQueries")
    void aBadQueryParameterIsA400NamingIt(String path, Map<String, String> params, String field) {
        given().auth().oauth2(Tokens.admin()).queryParams(params).when().get(resolve(path))
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem(field));
    }

    @Test
    void aBadDryRunOrFeedLimitIsA400NamingIt() {
        given().auth().oauth2(Tokens.admin()).contentType(JSON).body("{\"perSubmission\": 3}").queryParam("dryRun", "maybe")
                .when().post(resolve("/api/v1/cycles/{R}/assignments/auto"))
                .then().statusCode(400).body("violations.field", hasItem("dryRun"));
        given().auth().oauth2(Tokens.service()).queryParam("limit", "0").when().get("/internal/v1/events")
                .then().statusCode(400).body("violations.field", hasItem("limit"));
    }

    @Test
    void anIdThatIsNoUuidIsA400() {
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/submissions/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json");
    }
}

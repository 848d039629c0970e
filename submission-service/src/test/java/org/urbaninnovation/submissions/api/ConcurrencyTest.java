package org.urbaninnovation.submissions.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.urbaninnovation.submissions.TestClock;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** What happens when requests meet: each case starts its requests together and checks what the database kept. */
@QuarkusTest
class ConcurrencyTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Runs every task at the same moment and returns their answers in order. */
    private static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String openCycle() {
        String cycle = Award.cycle("");
        Award.phase(cycle, "open");
        return cycle;
    }

    @Test
    void twoTabsEditingOneDraftTheStaleOneGets412() {
        String draft = Award.draft(openCycle(), Award.CITY_A, "{\"title\": \"Two tabs\"}");
        String read = given().auth().oauth2(Award.city(Award.CITY_A)).when().get("/api/v1/submissions/" + draft)
                .then().extract().header("ETag");
        given().auth().oauth2(Award.city(Award.CITY_A)).header("If-Match", read).contentType(Award.MERGE_PATCH)
                .body("{\"summary\": \"From the first tab.\"}").when().patch("/api/v1/submissions/" + draft).then().statusCode(200);
        given().auth().oauth2(Award.city(Award.CITY_A)).header("If-Match", read).contentType(Award.MERGE_PATCH)
                .body("{\"summary\": \"From the second tab.\"}").when().patch("/api/v1/submissions/" + draft)
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(Award.city(Award.CITY_A)).when().get("/api/v1/submissions/" + draft).then()
                .body("summary", equalTo("From the first tab.")).header("ETag", equalTo("\"1\""));
    }

    @Test
    void tabsSavingTheSameVersionAtOnceLeaveExactlyOneWinner() throws Exception {
        String draft = Award.draft(openCycle(), Award.CITY_A, "{\"title\": \"Many tabs\"}");
        List<Callable<Integer>> tabs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String summary = "From tab " + i + ".";
            tabs.add(() -> given().auth().oauth2(Award.city(Award.CITY_A)).header("If-Match", "\"0\"")
                    .contentType(Award.MERGE_PATCH).body("{\"summary\": \"" + summary + "\"}")
                    .when().patch("/api/v1/submissions/" + draft).statusCode());
        }
        List<Integer> statuses = together(tabs);
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        given().auth().oauth2(Award.city(Award.CITY_A)).when().get("/api/v1/submissions/" + draft).then()
                .header("ETag", equalTo("\"1\""));
        given().auth().oauth2(Tokens.admin()).queryParam("entity", draft).queryParam("size", 100).when().get("/api/v1/audit")
                .then().body("total", equalTo(2));
    }

    @Test
    void twoJurorsFilingAtOnceBothFile() throws Exception {
        String cycle = openCycle();
        String entry = Award.submitted(cycle, Award.CITY_A, "Filed together");
        Award.phase(cycle, "screening");
        Award.screen(entry, true);
        for (String country : List.of("KE", "BR", "DE")) {
            Award.assign(cycle, entry, Award.registerJuror(cycle, country));
        }
        Award.phase(cycle, "review");
        List<String> jurors = List.of("KE", "BR", "DE");
        Map<String, String> assignments = new java.util.HashMap<>();
        for (String country : jurors) {
            String assignment = Award.assignmentOf(entry, country);
            assignments.put(country, assignment);
            given().auth().oauth2(Award.juror(country)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                    .body("{\"scores\": {\"innovation\": 7, \"effectiveness\": 7, \"replicability\": 7, \"significance\": 7},"
                            + " \"comment\": \"Solid.\"}")
                    .when().put("/api/v1/assignments/" + assignment + "/review").then().statusCode(200);
        }
        List<Callable<Integer>> filings = new ArrayList<>();
        for (String country : jurors) {
            filings.add(() -> given().auth().oauth2(Award.juror(country))
                    .when().post("/api/v1/assignments/" + assignments.get(country) + "/review/file").statusCode());
        }
        assertEquals(List.of(200, 200, 200), together(filings));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/submissions/" + entry + "/reviews").then()
                .body("total", equalTo(3)).body("items.status", equalTo(List.of("filed", "filed", "filed")));
        Award.phase(cycle, "deliberation");
    }

    @Test
    void theDeadlinesInstantDecidesASubmit() {
        String cycle = openCycle();
        Instant deadline = Instant.parse(given().when().get("/api/v1/cycles/" + cycle).then().extract().path("submissionDeadline"));
        String early = Award.draft(cycle, Award.CITY_A, Award.complete("Just in time", "CN"));
        String late = Award.draft(cycle, Award.CITY_A, Award.complete("Just too late", "CN"));
        clock.freeze(deadline.minusMillis(1));
        given().auth().oauth2(Award.city(Award.CITY_A)).when().post("/api/v1/submissions/" + early + "/submit")
                .then().statusCode(200).body("submittedAt", equalTo(deadline.minusMillis(1).toString()));
        clock.freeze(deadline);
        given().auth().oauth2(Award.city(Award.CITY_A)).when().post("/api/v1/submissions/" + late + "/submit")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Award.city(Award.CITY_A)).when().get("/api/v1/submissions/" + late).then()
                .body("status", equalTo("draft"));
    }

    @Test
    void submitsRacingTheDeadlineAreAcceptedOnlyBeforeIt() throws Exception {
        String cycle = openCycle();
        Instant deadline = Instant.parse(given().when().get("/api/v1/cycles/" + cycle).then().extract().path("submissionDeadline"));
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            drafts.add(Award.draft(cycle, Award.CITY_A, Award.complete("Racing " + i, "CN")));
        }
        clock.set(deadline.minusMillis(200));
        List<Callable<Response>> submits = new ArrayList<>();
        for (String draft : drafts) {
            submits.add(() -> given().auth().oauth2(Award.city(Award.CITY_A)).when().post("/api/v1/submissions/" + draft + "/submit"));
        }
        submits.add(() -> {
            Thread.sleep(100);
            clock.freeze(deadline);
            return null;
        });
        List<Response> answers = together(submits);
        for (int i = 0; i < drafts.size(); i++) {
            Response answer = answers.get(i);
            String status = given().auth().oauth2(Award.city(Award.CITY_A)).when().get("/api/v1/submissions/" + drafts.get(i))
                    .then().extract().path("status");
            if (answer.statusCode() == 200) {
                assertTrue(Instant.parse(answer.path("submittedAt")).isBefore(deadline), answer.asString());
                assertEquals("submitted", status);
            } else {
                assertEquals(409, answer.statusCode(), answer.asString());
                assertEquals("draft", status);
            }
        }
    }

    @Test
    void aDuplicateCreateWithTheSameKeyMakesOneDraft() throws Exception {
        String cycle = openCycle();
        String body = "{\"title\": \"Sent twice\"}";
        List<Callable<Response>> creates = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            creates.add(() -> given().auth().oauth2(Award.city(Award.CITY_A)).header("Idempotency-Key", "draft-1")
                    .contentType(ContentType.JSON).body(body).when().post("/api/v1/cycles/" + cycle + "/submissions"));
        }
        List<Response> answers = together(creates);
        Set<String> ids = new HashSet<>();
        for (Response answer : answers) {
            assertEquals(201, answer.statusCode(), answer.asString());
            ids.add(answer.path("id"));
        }
        assertEquals(1, ids.size());
        assertEquals(3, answers.stream().filter(a -> "true".equals(a.header("Idempotency-Replayed"))).count());
        given().auth().oauth2(Award.city(Award.CITY_A)).queryParam("cycle", cycle).when().get("/api/v1/submissions")
                .then().body("total", equalTo(1));
        given().auth().oauth2(Award.city(Award.CITY_A)).header("Idempotency-Key", "draft-1").contentType(ContentType.JSON)
                .body("{\"title\": \"Another\"}").when().post("/api/v1/cycles/" + cycle + "/submissions")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void anAutomaticAssignmentRacingAConflictNeverKeepsTheConflictedJuror() throws Exception {
        String cycle = Award.cycle("");
        Award.phase(cycle, "open");
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            entries.add(Award.submitted(cycle, Award.CITY_A, "Raced " + i));
        }
        Award.phase(cycle, "screening");
        entries.forEach(e -> Award.screen(e, true));
        Map<String, String> jurors = new java.util.LinkedHashMap<>();
        for (String country : List.of("KE", "BR", "FR", "DE", "US")) {
            jurors.put(country, Award.registerJuror(cycle, country));
        }
        List<String> frAssignments = new ArrayList<>();
        for (String entry : entries) {
            Award.assign(cycle, entry, jurors.get("KE"));
            Award.assign(cycle, entry, jurors.get("BR"));
            frAssignments.add(Award.assign(cycle, entry, jurors.get("FR")));
        }
        List<Callable<Integer>> race = new ArrayList<>();
        race.add(() -> given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"perSubmission\": 3}")
                .when().post("/api/v1/cycles/" + cycle + "/assignments/auto").statusCode());
        for (String assignment : frAssignments) {
            race.add(() -> given().auth().oauth2(Award.juror("FR")).contentType(ContentType.JSON)
                    .body("{\"reason\": \"I know these cities.\"}")
                    .when().post("/api/v1/assignments/" + assignment + "/conflict").statusCode());
        }
        assertEquals(List.of(200, 200, 200, 200, 200), together(race));
        Award.autoAssign(cycle, 3);
        for (String entry : entries) {
            List<Map<String, Object>> assigned = given().auth().oauth2(Tokens.admin()).queryParam("submission", entry)
                    .when().get("/api/v1/assignments").then().extract().path("items");
            List<Object> active = assigned.stream().filter(a -> "active".equals(a.get("status"))).map(a -> a.get("jurorId")).toList();
            List<Object> conflicted = assigned.stream().filter(a -> "conflicted".equals(a.get("status"))).map(a -> a.get("jurorId")).toList();
            assertEquals(3, active.size(), assigned.toString());
            assertEquals(List.of(jurors.get("FR")), conflicted);
            assertTrue(!active.contains(jurors.get("FR")), assigned.toString());
        }
        Award.phase(cycle, "review");
    }
}

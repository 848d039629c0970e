package org.urbaninnovation.submissions.api;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.urbaninnovation.testsupport.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * What the award tests arrange through the API, one call per step: cycles of their own (numbers
 * from 1000, clear of the demo's 6 and 7), cities' entries, jurors, assignments, reviews, decisions,
 * and the feed's position.
 */
final class Award {

    static final String CITY_A = "aaaaaaaa-0000-4000-8000-00000000000a";
    static final String CITY_B = "bbbbbbbb-0000-4000-8000-00000000000b";
    static final String MERGE_PATCH = "application/merge-patch+json";

    private static final AtomicInteger NUMBER = new AtomicInteger(1000);

    private Award() {
    }

    static String city(String cityId) {
        return Tokens.city(cityId);
    }

    /** A juror's token: subject {@code juror-<country>}. */
    static String juror(String country) {
        return Tokens.jury(country);
    }

    static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    /** A new draft cycle with a deadline a month ahead; {@code extra} adds or overrides settings ("winners": 1). */
    static String cycle(String extra) {
        while (true) {
            int number = NUMBER.getAndIncrement();
            String body = """
                    {"number": %d, "name": "Test cycle %d", "submissionDeadline": "%s", "timeZone": "Asia/Shanghai"%s}"""
                    .formatted(number, number, inDays(30), extra.isEmpty() ? "" : ", " + extra);
            Response response = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/cycles");
            if (response.statusCode() == 201) {
                return response.path("id");
            }
            if (response.statusCode() != 409) {
                throw new AssertionError("Creating cycle " + number + ": " + response.statusCode() + " " + response.asString());
            }
        }
    }

    static String cycleEtag(String cycleId) {
        return given().when().get("/api/v1/cycles/" + cycleId).then().statusCode(200).extract().header("ETag");
    }

    static void phase(String cycleId, String phase) {
        given().auth().oauth2(Tokens.admin()).header("If-Match", cycleEtag(cycleId)).contentType(ContentType.JSON)
                .body("{\"phase\": \"" + phase + "\"}")
                .when().post("/api/v1/cycles/" + cycleId + "/phase").then().statusCode(200);
    }

    /** Moves the cycle through each phase up to {@code last}, every check met by the caller beforehand. */
    static void phases(String cycleId, String... phases) {
        for (String phase : phases) {
            phase(cycleId, phase);
        }
    }

    static String complete(String title, String countryCode) {
        return """
                {"title": "%s", "summary": "Safer streets near schools.",
                 "sections": {"abstract": "Walking buses take children to school.",
                   "background": "Parents drove their children to school.", "keyMeasures": "Four walking routes.",
                   "innovativeAspects": "Children designed the street furniture.", "outcomes": "Most students now walk."},
                 "themes": ["social_cultural"], "sdgs": [11], "innovationType": "incremental", "tags": ["school"],
                 "partners": [{"name": "Education Bureau", "role": "co-lead"}],
                 "city": {"name": "Testville", "country": "Testland", "countryCode": "%s", "population": 1000000, "areaKm2": 500},
                 "outcomeClaims": [{"indicator": "Students walking to school", "unit": "%%", "direction": "higher_is_better",
                   "baseline": {"value": 30, "qualifier": "exact", "period": "2022"},
                   "result": {"value": 95, "qualifier": "exact", "period": "2023"}, "evidence": "School survey"}],
                 "contacts": [{"name": "Li Wei", "email": "li.wei@example.org"}]}""".formatted(title, countryCode);
    }

    static ExtractableResponse<Response> draftResponse(String cycleId, String cityId, String body) {
        return given().auth().oauth2(city(cityId)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cycles/" + cycleId + "/submissions").then().statusCode(201).extract();
    }

    static String draft(String cycleId, String cityId, String body) {
        return draftResponse(cycleId, cityId, body).path("id");
    }

    static String submitted(String cycleId, String cityId, String title) {
        String id = draft(cycleId, cityId, complete(title, "CN"));
        given().auth().oauth2(city(cityId)).when().post("/api/v1/submissions/" + id + "/submit").then().statusCode(200);
        return id;
    }

    static void screen(String submissionId, boolean eligible) {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"eligible\": " + eligible + ", \"reason\": \"screened\"}")
                .when().post("/api/v1/submissions/" + submissionId + "/screening").then().statusCode(200);
    }

    /** Registers the juror whose token {@link #juror(String)} mints; returns their id. */
    static String registerJuror(String cycleId, String country) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"subject\": \"juror-" + country.toLowerCase(Locale.ROOT) + "\", \"name\": \"Juror of " + country
                        + "\", \"country\": \"" + country + "\"}")
                .when().post("/api/v1/cycles/" + cycleId + "/jurors").then().statusCode(201).extract().path("id");
    }

    static String assign(String cycleId, String submissionId, String jurorId) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"submissionId\": \"" + submissionId + "\", \"jurorId\": \"" + jurorId + "\"}")
                .when().post("/api/v1/cycles/" + cycleId + "/assignments").then().statusCode(201).extract().path("id");
    }

    static int autoAssign(String cycleId, int perSubmission) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"perSubmission\": " + perSubmission + "}")
                .when().post("/api/v1/cycles/" + cycleId + "/assignments/auto").then().statusCode(200).extract().path("created");
    }

    /** The id of the juror's assignment to this entry. */
    static String assignmentOf(String submissionId, String country) {
        List<String> ids = given().auth().oauth2(juror(country)).queryParam("submission", submissionId)
                .when().get("/api/v1/assignments").then().statusCode(200).extract().path("items.id");
        if (ids.size() != 1) {
            throw new AssertionError("juror " + country + " has " + ids.size() + " assignments to " + submissionId);
        }
        return ids.get(0);
    }

    static String reviewEtag(String assignmentId, String country) {
        return given().auth().oauth2(juror(country)).when().get("/api/v1/assignments/" + assignmentId + "/review")
                .then().statusCode(200).extract().header("ETag");
    }

    /** Saves the four default criteria's scores and files the review. */
    static void review(String assignmentId, String country, int innovation, int effectiveness, int replicability,
            int significance) {
        String body = """
                {"scores": {"innovation": %d, "effectiveness": %d, "replicability": %d, "significance": %d},
                 "comment": "Reviewed by %s."}""".formatted(innovation, effectiveness, replicability, significance, country);
        given().auth().oauth2(juror(country)).header("If-Match", reviewEtag(assignmentId, country)).contentType(ContentType.JSON)
                .body(body).when().put("/api/v1/assignments/" + assignmentId + "/review").then().statusCode(200);
        given().auth().oauth2(juror(country)).when().post("/api/v1/assignments/" + assignmentId + "/review/file")
                .then().statusCode(200);
    }

    static void decide(String cycleId, String submissionId, String outcome) {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"submissionId\": \"" + submissionId + "\", \"outcome\": \"" + outcome + "\", \"rationale\": \"Decided.\"}")
                .when().post("/api/v1/cycles/" + cycleId + "/decisions").then().statusCode(201);
    }

    static long lastSeq() {
        long after = 0;
        while (true) {
            long last = given().auth().oauth2(Tokens.service()).queryParam("after", after).queryParam("limit", 500)
                    .when().get("/internal/v1/events").then().statusCode(200).extract().jsonPath().getLong("lastSeq");
            if (last == after) {
                return last;
            }
            after = last;
        }
    }

    /** The events after {@code seq}, in order, as the feed serves them. */
    static List<Map<String, Object>> eventsAfter(long seq) {
        List<Map<String, Object>> events = new ArrayList<>();
        long after = seq;
        while (true) {
            var page = given().auth().oauth2(Tokens.service()).queryParam("after", after).queryParam("limit", 500)
                    .when().get("/internal/v1/events").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                return events;
            }
            events.addAll(items);
            after = page.getLong("lastSeq");
        }
    }

    static long auditCount() {
        return given().auth().oauth2(Tokens.admin()).queryParam("size", 1).when().get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }
}

package org.urbaninnovation.submissions.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Reviews through the API: drafts and filing, the history of every edit, and who sees whose scores when. */
@QuarkusTest
class ReviewApiTest {

    private static final String SCORES = "{\"scores\": {\"innovation\": 8, \"effectiveness\": 7, \"replicability\": 6,"
            + " \"significance\": 5}, \"comment\": \"%s\"}";

    /** A cycle in review whose one entry is assigned to the jurors of Kenya, Brazil and Germany. */
    private static String inReview() {
        String cycle = Award.cycle("");
        Award.phase(cycle, "open");
        String entry = Award.submitted(cycle, Award.CITY_A, "Reviewed");
        Award.phase(cycle, "screening");
        Award.screen(entry, true);
        for (String country : List.of("KE", "BR", "DE")) {
            Award.assign(cycle, entry, Award.registerJuror(cycle, country));
        }
        Award.phase(cycle, "review");
        return entry;
    }

    private static io.restassured.response.ValidatableResponse save(String assignment, String country, String etag, String body) {
        return given().auth().oauth2(Award.juror(country)).header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/assignments/" + assignment + "/review").then();
    }

    @Test
    void othersReviewsStayHiddenUntilTheJurorFilesTheirOwn() {
        String entry = inReview();
        Award.review(Award.assignmentOf(entry, "KE"), "KE", 9, 9, 9, 9);
        given().auth().oauth2(Award.juror("BR")).when().get("/api/v1/submissions/" + entry + "/reviews").then().statusCode(409);
        Award.review(Award.assignmentOf(entry, "BR"), "BR", 5, 5, 5, 5);
        given().auth().oauth2(Award.juror("BR")).when().get("/api/v1/submissions/" + entry + "/reviews").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.jurorName", equalTo(List.of("Juror of KE", "Juror of BR")))
                .body("items.weightedTotal", equalTo(List.of(9.0f, 5.0f)))
                .body("items.own", equalTo(List.of(false, true)));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/submissions/" + entry + "/reviews").then()
                .body("total", equalTo(2));
    }

    @Test
    void aDraftReviewIsSavedPartiallyAndFiledOnlyWhenComplete() {
        String entry = inReview();
        String assignment = Award.assignmentOf(entry, "KE");
        given().auth().oauth2(Award.juror("KE")).when().get("/api/v1/assignments/" + assignment + "/review").then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("status", equalTo("not_started")).body("scores", equalTo(Map.of()));
        save(assignment, "KE", "\"0\"", "{\"scores\": {\"innovation\": 8}}").statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("status", equalTo("draft")).body("weightedTotal", equalTo(null));
        given().auth().oauth2(Award.juror("KE")).when().post("/api/v1/assignments/" + assignment + "/review/file").then()
                .statusCode(422).body("violations.field", equalTo(List.of("scores.effectiveness", "scores.replicability",
                        "scores.significance", "comment")));
        save(assignment, "KE", "\"0\"", SCORES.formatted("Stale tab.")).statusCode(412);
    }

    @Test
    void editsAfterFilingAreKeptInTheReviewsHistory() {
        String entry = inReview();
        String assignment = Award.assignmentOf(entry, "KE");
        save(assignment, "KE", "\"0\"", SCORES.formatted("First thoughts.")).statusCode(200);
        given().auth().oauth2(Award.juror("KE")).when().post("/api/v1/assignments/" + assignment + "/review/file").then()
                .statusCode(200).body("status", equalTo("filed")).body("weightedTotal", equalTo(6.5f));
        save(assignment, "KE", "\"2\"", SCORES.formatted("Second thoughts.").replace("\"innovation\": 8", "\"innovation\": 10"))
                .statusCode(200).body("status", equalTo("filed")).body("weightedTotal", equalTo(7.0f))
                .body("history.revision", equalTo(List.of(1, 2, 3)))
                .body("history.status", equalTo(List.of("draft", "filed", "filed")))
                .body("history.comment", equalTo(List.of("First thoughts.", "First thoughts.", "Second thoughts.")))
                .body("history[2].scores.innovation", equalTo(10));
        given().auth().oauth2(Award.juror("KE")).when().post("/api/v1/assignments/" + assignment + "/review/file").then()
                .statusCode(409);
    }

    @Test
    void scoringIsForTheReviewPhaseOnly() {
        String cycle = Award.cycle("");
        Award.phase(cycle, "open");
        String entry = Award.submitted(cycle, Award.CITY_A, "Early");
        Award.phase(cycle, "screening");
        Award.screen(entry, true);
        String assignment = Award.assign(cycle, entry, Award.registerJuror(cycle, "KE"));
        given().auth().oauth2(Award.juror("KE")).when().get("/api/v1/assignments/" + assignment + "/review").then().statusCode(409);
        save(assignment, "KE", "\"0\"", SCORES.formatted("Too early.")).statusCode(409);
    }

    @Test
    void aJurorIsNeverAssignedAnEntryOfTheirOwnCountryNorTwice() {
        String cycle = Award.cycle("");
        Award.phase(cycle, "open");
        String entry = Award.submitted(cycle, Award.CITY_A, "Chinese entry");
        Award.phase(cycle, "screening");
        Award.screen(entry, true);
        String chinese = Award.registerJuror(cycle, "CN");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"submissionId\": \"" + entry + "\", \"jurorId\": \"" + chinese + "\"}")
                .when().post("/api/v1/cycles/" + cycle + "/assignments").then().statusCode(409)
                .body("violations[0].field", equalTo("jurorId"));
        String kenyan = Award.registerJuror(cycle, "KE");
        Award.assign(cycle, entry, kenyan);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"submissionId\": \"" + entry + "\", \"jurorId\": \"" + kenyan + "\"}")
                .when().post("/api/v1/cycles/" + cycle + "/assignments").then().statusCode(409);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"perSubmission\": 3}")
                .when().post("/api/v1/cycles/" + cycle + "/assignments/auto").then().statusCode(200)
                .body("created", equalTo(0))
                .body("shortfalls", equalTo(List.of(Map.of("submissionId", entry, "assigned", 1, "missing", 2))));
    }
}

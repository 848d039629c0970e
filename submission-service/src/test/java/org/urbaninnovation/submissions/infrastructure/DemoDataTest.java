package org.urbaninnovation.submissions.infrastructure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.testsupport.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The demo data as every role meets it after {@code ./platform up}: the 6th cycle as the catalogue
 * published it, the 7th open with two cities' drafts and the three demo jurors; loading it again
 * adds nothing, and it announces nothing on the feed.
 */
@QuarkusTest
class DemoDataTest {

    static final String SIXTH = "55555555-0000-4000-8000-000000000006";
    static final String SEVENTH = "55555555-0000-4000-8000-000000000007";
    static final String XIANNING = "22222222-0000-4000-8000-000000000001";
    static final String HAIKOU = "22222222-0000-4000-8000-000000000008";

    @Inject
    AwardSeed seed;

    private static JsonNode catalogueSeed() throws IOException {
        return new ObjectMapper().readTree(Files.readString(Path.of("../catalog-service/src/main/resources/seed/initiatives.json")));
    }

    @Test
    void theSixthCycleIsPublishedHistoryWithTheCataloguesFourteenInitiativesAndNoScores() throws IOException {
        given().when().get("/api/v1/cycles/" + SIXTH).then().statusCode(200)
                .body("number", equalTo(6)).body("code", equalTo("gz-award-6"))
                .body("name", equalTo("6th Guangzhou International Award for Urban Innovation"))
                .body("phase", equalTo("published")).body("submissionDeadline", equalTo(null));
        List<Map<String, Object>> entries = given().auth().oauth2(Tokens.admin()).queryParam("cycle", SIXTH).queryParam("size", 100)
                .when().get("/api/v1/submissions").then().statusCode(200).body("total", equalTo(14)).extract().path("items");
        List<String> expected = new ArrayList<>();
        catalogueSeed().get("initiatives").forEach(i -> expected.add(i.get("id").asText() + " " + i.get("cityId").asText() + " "
                + i.get("title").asText()));
        List<String> actual = entries.stream().map(e -> e.get("initiativeId") + " " + e.get("cityId") + " " + e.get("title")).sorted().toList();
        assertEquals(expected.stream().sorted().toList(), actual);
        entries.forEach(e -> assertEquals("special_mention", e.get("status")));
        given().auth().oauth2(Tokens.admin()).queryParam("cycle", SIXTH).when().get("/api/v1/assignments")
                .then().body("total", equalTo(0));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/cycles/" + SIXTH + "/ranking").then()
                .body("total", equalTo(14)).body("items.reviews", equalTo(java.util.Collections.nCopies(14, 0)));
    }

    @Test
    void theSeventhCycleIsOpenWeeksAheadWithTwoCitiesDraftsAndTheDemoJurors() {
        String deadline = given().when().get("/api/v1/cycles/" + SEVENTH).then().statusCode(200)
                .body("code", equalTo("gz-award-7")).body("phase", equalTo("open")).body("timeZone", equalTo("Asia/Shanghai"))
                .extract().path("submissionDeadline");
        Duration ahead = Duration.between(Instant.now(), Instant.parse(deadline));
        assertTrue(ahead.toDays() >= 40 && ahead.toDays() <= 43, ahead.toString());
        for (String city : List.of(XIANNING, HAIKOU)) {
            given().auth().oauth2(Tokens.city(city)).queryParam("cycle", SEVENTH).when().get("/api/v1/submissions").then()
                    .body("total", equalTo(1)).body("items[0].status", equalTo("draft"));
        }
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/cycles/" + SEVENTH + "/jurors").then()
                .body("items.subject", equalTo(List.of("juror-kenya", "juror-brazil", "juror-germany")))
                .body("items.country", equalTo(List.of("KE", "BR", "DE")));
    }

    @Test
    void theDemoDraftsTellTheirCitiesWhatIsMissing() {
        given().auth().oauth2(Tokens.city(XIANNING)).when().post("/api/v1/submissions/33333333-0000-4000-8000-000000000101/submit")
                .then().statusCode(422)
                .body("violations.field", equalTo(List.of("outcomeClaims[0].result.period", "outcomeClaims[0].baseline.period")));
        given().auth().oauth2(Tokens.city(HAIKOU)).when().post("/api/v1/submissions/33333333-0000-4000-8000-000000000102/submit")
                .then().statusCode(422).body("violations.field", equalTo(List.of("sections.background", "sections.keyMeasures",
                        "sections.innovativeAspects", "sections.outcomes", "outcomeClaims", "contacts")));
    }

    @Test
    void loadingTheSeedAgainAddsNothingAndAnnouncesNothing() {
        long audit = given().auth().oauth2(Tokens.admin()).queryParam("actor", "seed").when().get("/api/v1/audit")
                .then().extract().jsonPath().getLong("total");
        seed.onStart(null);
        given().auth().oauth2(Tokens.admin()).queryParam("actor", "seed").when().get("/api/v1/audit")
                .then().body("total", equalTo((int) audit));
        List<String> seeded = given().auth().oauth2(Tokens.service()).queryParam("limit", 500).when().get("/internal/v1/events")
                .then().extract().path("items.payload.cycleId");
        assertTrue(seeded.stream().noneMatch(c -> SIXTH.equals(c) || SEVENTH.equals(c)), seeded.toString());
    }
}

package org.urbaninnovation.submissions.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/**
 * A cycle in review as every role meets it: city A's entry, screened eligible, reviewed by the
 * jurors of Kenya (who has filed), Brazil and Germany; France's juror declared a conflict with it
 * and Germany's took the place; Japan's juror is registered but assigned nothing. Beside it, an open
 * cycle with city A's draft. Built once, through the API, for every test that needs it.
 */
final class ReviewScenario {

    final String cycle;
    final String entry;
    final String openCycle;
    final String draft;
    final String keAssignment;
    final String brAssignment;
    final String deAssignment;
    final String frAssignment;

    private static ReviewScenario built;

    static synchronized ReviewScenario get() {
        if (built == null) {
            built = new ReviewScenario();
        }
        return built;
    }

    private ReviewScenario() {
        cycle = Award.cycle("");
        Award.phase(cycle, "open");
        entry = Award.submitted(cycle, Award.CITY_A, "Entry under review");
        Award.phase(cycle, "screening");
        Award.screen(entry, true);
        String ke = Award.registerJuror(cycle, "KE");
        String br = Award.registerJuror(cycle, "BR");
        String de = Award.registerJuror(cycle, "DE");
        String fr = Award.registerJuror(cycle, "FR");
        Award.registerJuror(cycle, "JP");
        keAssignment = Award.assign(cycle, entry, ke);
        brAssignment = Award.assign(cycle, entry, br);
        frAssignment = Award.assign(cycle, entry, fr);
        given().auth().oauth2(Award.juror("FR")).contentType(ContentType.JSON).body("{\"reason\": \"I advised this city.\"}")
                .when().post("/api/v1/assignments/" + frAssignment + "/conflict").then().statusCode(200);
        deAssignment = Award.assign(cycle, entry, de);
        Award.phase(cycle, "review");
        Award.review(keAssignment, "KE", 8, 8, 8, 8);

        openCycle = Award.cycle("");
        Award.phase(openCycle, "open");
        draft = Award.draft(openCycle, Award.CITY_A, "{\"title\": \"A draft\"}");
    }

    String resolve(String path) {
        return path.replace("{R}", cycle).replace("{S}", entry).replace("{O}", openCycle).replace("{D}", draft)
                .replace("{A_KE}", keAssignment).replace("{A_FR}", frAssignment);
    }
}

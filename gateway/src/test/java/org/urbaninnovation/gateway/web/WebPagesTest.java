package org.urbaninnovation.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.gateway.stub.StubbedPlatform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;

/** The pages at the gateway, in front of stub services: HTML, the CSP, escaping, the way to sign in, cookies and CSRF. */
@QuarkusTest
@TestProfile(StubbedPlatform.class)
class WebPagesTest {

    private static final RestAssuredConfig NO_REDIRECTS = RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false));

    @Test
    void theSearchPageIsHtmlWithAStrictCspAndASearchFormThatEscapesTheQuery() {
        given().queryParam("q", "<script>alert(1)</script>").when().get("/").then().statusCode(200)
                .contentType("text/html")
                .header("Content-Security-Policy", allOf(containsString("script-src 'self';"), not(containsString("unsafe-inline"))))
                .body(containsString("<input type=\"search\" id=\"q\" name=\"q\""))
                .body(containsString("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""))
                .body(not(containsString("<script>alert(1)")));
    }

    @Test
    void anonymousVisitorsOfTheDesksAreSentToSignInAndBack() {
        for (String desk : new String[] { "/workspace", "/jury", "/secretariat", "/secretariat/audit" }) {
            given().config(NO_REDIRECTS).when().get(desk).then().statusCode(303)
                    .header("Location", containsString("/sign-in?next=" + desk.replace("/", "%2F")));
        }
    }

    @Test
    void theLocalSignInPageListsTheDemoUsersAsLocalOnlyAndStartsAnHttpOnlyLaxSession() {
        given().when().get("/sign-in").then().statusCode(200)
                .body(containsString("Local platform only"))
                .body(containsString("id=\"sign-in-city-haikou\""))
                .header("Set-Cookie", allOf(startsWith("ui_session="), containsString("HttpOnly"), containsString("SameSite=Lax"),
                        not(containsString("Secure"))));
    }

    @Test
    void aFormPostWithoutTheSessionsCsrfSecretSignsNobodyIn() {
        given().config(NO_REDIRECTS).contentType("application/x-www-form-urlencoded").formParam("user", "admin")
                .formParam("_csrf", "forged").when().post("/sign-in/dev").then().statusCode(403)
                .body(containsString("did not come from this site"));
    }

    @Test
    void aFormPostWithTheCsrfSecretSignsInAndLandsOnTheRolesDesk() {
        var page = given().when().get("/sign-in").then().statusCode(200).extract();
        String cookie = page.cookie("ui_session");
        String csrf = page.htmlPath().getString("**.find { it.@name == '_csrf' }.@value");
        given().config(NO_REDIRECTS).cookie("ui_session", cookie).contentType("application/x-www-form-urlencoded")
                .formParam("user", "admin").formParam("_csrf", csrf).when().post("/sign-in/dev").then().statusCode(303)
                .header("Location", containsString("/secretariat"))
                .header("Set-Cookie", allOf(startsWith("ui_session="), containsString("HttpOnly")));
    }

    @Test
    void anInitiativeTheCatalogueDoesNotKnowIsA404Page() {
        given().when().get("/initiatives/missing").then().statusCode(404).contentType("text/html")
                .body(containsString("Nothing is found at this address."));
    }
}

package org.urbaninnovation.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.urbaninnovation.gateway.stub.OidcSignIn;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The pages' OpenID Connect sign-in, the authorization-code flow with PKCE end to end against a
 * provider on WireMock: each redirect followed by hand, as a browser would, with its cookies.
 */
@QuarkusTest
@TestProfile(OidcSignIn.class)
class OidcSignInTest {

    private static final RestAssuredConfig NO_REDIRECTS = RestAssuredConfig.config()
            .redirect(RedirectConfig.redirectConfig().followRedirects(false));

    @OidcWireMock
    WireMockServer provider;

    /** The token endpoint answers as Keycloak does: a juror's tokens, with their lifetime. */
    @BeforeEach
    void tokensOfAJuror() {
        provider.stubFor(WireMock.post("/auth/realms/quarkus/token").withRequestBody(WireMock.containing("authorization_code"))
                .willReturn(WireMock.aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"access_token": "%s", "id_token": "%s", "refresh_token": "refresh-%s", "token_type": "Bearer",
                         "expires_in": 300}""".formatted(OidcWiremockTestResource.getAccessToken("alice", Set.of("jury")),
                        OidcWiremockTestResource.getIdToken("alice", Set.of("jury"), "quarkus-app"), java.util.UUID.randomUUID()))));
    }

    @Test
    void theCodeFlowWithPkceSignsInAndLandsOnTheRolesDeskWithAnHttpOnlyLaxSession() {
        Map<String, String> cookies = new HashMap<>();
        ExtractableResponse<Response> start = given().config(NO_REDIRECTS).accept("text/html").when().get("/sign-in/oidc?next=/jury")
                .then().statusCode(302).extract();
        String authorize = start.header("Location");
        assertTrue(authorize.contains("/realms/quarkus"), authorize);
        assertTrue(authorize.contains("code_challenge=") && authorize.contains("code_challenge_method=S256"), authorize);
        keep(cookies, start);

        // The provider shows its sign-in form; submitted, it sends the browser back with a code.
        given().config(NO_REDIRECTS).urlEncodingEnabled(false).when().get(authorize).then().statusCode(200)
                .body(containsString("name=\"username\""));
        URI provider = URI.create(authorize);
        Map<String, String> query = query(provider.getRawQuery());
        ExtractableResponse<Response> login = given().config(NO_REDIRECTS).urlEncodingEnabled(false)
                .when().get(provider.getScheme() + "://" + provider.getAuthority() + "/login?username=alice&password=alice&state="
                        + query.get("state") + "&redirect_uri=" + query.get("redirect_uri"))
                .then().statusCode(302).extract();
        String callback = login.header("Location");
        assertTrue(callback.contains("code="), callback);

        // The gateway exchanges the code (with the PKCE verifier) and goes back to where the sign-in started.
        ExtractableResponse<Response> exchanged = given().config(NO_REDIRECTS).urlEncodingEnabled(false)
                .header("Cookie", header(cookies)).when().get(pathOf(callback)).then().statusCode(302).extract();
        keep(cookies, exchanged);
        String back = exchanged.header("Location");
        assertTrue(back.contains("/sign-in/oidc"), back);

        ExtractableResponse<Response> signedIn = given().config(NO_REDIRECTS).urlEncodingEnabled(false)
                .header("Cookie", header(cookies)).when().get(pathOf(back)).then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/jury")).extract();
        String session = signedIn.header("Set-Cookie");
        assertNotNull(session);
        assertTrue(session.contains("HttpOnly") && session.contains("SameSite=Lax"), session);

        Map<String, String> ours = signedIn.cookies();
        given().config(NO_REDIRECTS).cookies(ours).when().get("/jury").then()
                .statusCode(org.hamcrest.Matchers.not(303))
                .header("Location", org.hamcrest.Matchers.nullValue());
        // The layout offers the sign-out form; signing out ends the page session and the provider's.
        keep(cookies, signedIn);
        String home = given().header("Cookie", header(cookies)).when().get("/").then().statusCode(200)
                .body(containsString("action=\"/sign-out\"")).extract().asString();
        String csrf = home.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        ExtractableResponse<Response> out = given().config(NO_REDIRECTS).header("Cookie", header(cookies))
                .contentType("application/x-www-form-urlencoded").formParam("_csrf", csrf).when().post("/sign-out")
                .then().statusCode(303).extract();
        keep(cookies, out);
        assertTrue(cookies.keySet().stream().noneMatch(name -> name.startsWith("q_session") || name.equals("ui_session")),
                cookies.keySet().toString());
    }

    @Test
    void withoutTheProviderTheDesksStillSendAnonymousVisitorsToSignIn() {
        given().config(NO_REDIRECTS).when().get("/secretariat").then().statusCode(303)
                .header("Location", containsString("/sign-in?next="));
    }

    /** The cookies an answer set, taken as a browser keeps them (the raw name=value; an expired one dropped). */
    private static void keep(Map<String, String> jar, ExtractableResponse<Response> answer) {
        for (io.restassured.http.Header set : answer.headers().getList("Set-Cookie")) {
            String pair = set.getValue().split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (set.getValue().toLowerCase().contains("max-age=0")) {
                jar.remove(pair.substring(0, equals));
            } else {
                jar.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
    }

    private static String header(Map<String, String> jar) {
        return String.join("; ", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return parameters;
    }

    private static String pathOf(String location) {
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}

package org.urbaninnovation.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The finer points of caching, optimistic locking and idempotent creates. */
@QuarkusTest
class ConcurrencyAndCachingTest {

    @Test
    void negotiatedAnswersVaryByAccept() {
        given().when().get("/api/v1/cities").then().statusCode(200).header("Vary", "Accept");
    }

    @Test
    void cityETagChangesWhenOneOfItsInitiativesIsPublished() {
        String before = given().when().get("/api/v1/cities/xianning").then().extract().header("ETag");
        CatalogFixtures.Created created = CatalogFixtures.create("Street libraries in bus shelters");
        String after = given().when().get("/api/v1/cities/xianning").then().extract().header("ETag");
        assertNotEquals(before, after);
        given().header("If-None-Match", before).when().get("/api/v1/cities/xianning").then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).header("If-Match", before)
                .body("{\"name\": \"Xianning\", \"country\": \"China\"}")
                .when().put("/api/v1/cities/" + CatalogFixtures.XIANNING).then().statusCode(412);
        CatalogFixtures.withdraw(created.id());
    }

    @Test
    void aCitysConditionalReadIsAnsweredFromItsVersionsAndFollowsItsInitiatives() {
        String etag = given().when().get("/api/v1/cities/xianning").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/cities/xianning").then().statusCode(304).header("ETag", etag)
                .header("Cache-Control", "public, max-age=60");
        given().header("If-None-Match", etag).when().get("/api/v1/cities/" + CatalogFixtures.XIANNING).then().statusCode(304);
        CatalogFixtures.Created created = CatalogFixtures.create("Night markets on closed streets");
        String published = given().header("If-None-Match", etag).when().get("/api/v1/cities/xianning").then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(etag, published);
        given().header("If-None-Match", published).when().get("/api/v1/cities/xianning").then().statusCode(304);
        CatalogFixtures.withdraw(created.id());
        String withdrawn = given().header("If-None-Match", published).when().get("/api/v1/cities/xianning").then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(published, withdrawn);
        given().header("If-None-Match", withdrawn).when().get("/api/v1/cities/no-such-city").then().statusCode(404);
    }

    @Test
    void theThemesConditionalReadIsAnsweredFromTheLatestChangeAndFollowsPublishing() {
        io.restassured.response.Response first = given().when().get("/api/v1/themes").then().statusCode(200).extract().response();
        String etag = first.header("ETag");
        int environmental = first.path("items.find { it.code == 'environmental' }.initiatives");
        given().header("If-None-Match", etag).when().get("/api/v1/themes").then().statusCode(304).header("ETag", etag);
        CatalogFixtures.Created created = CatalogFixtures.create("Reading corners in metro stations");
        io.restassured.response.Response after = given().header("If-None-Match", etag).when().get("/api/v1/themes")
                .then().statusCode(200).extract().response();
        assertNotEquals(etag, after.header("ETag"));
        assertEquals(environmental + 1, (int) after.path("items.find { it.code == 'environmental' }.initiatives"));
        given().header("If-None-Match", after.header("ETag")).when().get("/api/v1/themes").then().statusCode(304);
        CatalogFixtures.withdraw(created.id());
        given().header("If-None-Match", after.header("ETag")).when().get("/api/v1/themes").then().statusCode(200)
                .body("items.find { it.code == 'environmental' }.initiatives", equalTo(environmental));
    }

    @Test
    void anInitiativesConditionalReadIsAnsweredFromItsVersionAndItsETagFollowsItsCityAndPartners() {
        String cityId = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\": \"Conditional Town\", \"country\": \"Testland\"}")
                .when().post("/api/v1/cities").then().statusCode(201).extract().path("id");
        String body = CatalogFixtures.initiativeJson("Night markets on car parks", cityId);
        String path = "/api/v1/initiatives/" + given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/initiatives").then().statusCode(201).extract().path("id");
        var read = given().when().get(path).then().statusCode(200).extract();
        String etag = read.header("ETag");
        given().header("If-None-Match", etag).when().get(path).then().statusCode(304).header("ETag", etag)
                .header("Cache-Control", "public, max-age=60").header("Vary", "Accept");
        given().header("If-None-Match", "W/" + etag).when().get("/api/v1/initiatives/" + read.path("slug")).then().statusCode(304);
        given().header("If-None-Match", "\"0.0\", " + etag).when().get(path).then().statusCode(304);

        // A partner added: the initiative's own version moves.
        String withPartner = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(body.replace("{\"name\": \"Water bureau\", \"role\": \"funding\"}",
                        "{\"name\": \"Water bureau\", \"role\": \"funding\"}, {\"name\": \"Traders' union\", \"role\": \"stalls\"}"))
                .when().put(path).then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, withPartner);
        given().header("If-None-Match", etag).when().get(path).then().statusCode(200).header("ETag", withPartner)
                .body("partners.size()", equalTo(2));

        // Its city changed: the representation shows the city, so the ETag moves too.
        String city = given().when().get("/api/v1/cities/" + cityId).then().extract().header("ETag");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).header("If-Match", city)
                .body("{\"name\": \"Conditional City\", \"country\": \"Testland\"}")
                .when().put("/api/v1/cities/" + cityId).then().statusCode(200);
        String afterCity = given().header("If-None-Match", withPartner).when().get(path).then().statusCode(200)
                .body("city.name", equalTo("Conditional City")).extract().header("ETag");
        assertNotEquals(withPartner, afterCity);

        CatalogFixtures.withdraw(UUID.fromString(path.substring(path.lastIndexOf('/') + 1)));
        given().header("If-None-Match", afterCity).when().get(path).then().statusCode(404);
    }

    @Test
    void weakETagNeverAuthorizesAnUpdate() {
        CatalogFixtures.Created created = CatalogFixtures.create("Weakly tagged");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).header("If-Match", "W/" + created.etag())
                .body(CatalogFixtures.initiativeJson("Changed", CatalogFixtures.XIANNING))
                .when().put("/api/v1/initiatives/" + created.id()).then().statusCode(412);
        CatalogFixtures.withdraw(created.id());
    }

    @Test
    void idempotencyKeysBelongToTheirCallerAndReplayTheETag() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = CatalogFixtures.initiativeJson("Keyed per caller", CatalogFixtures.XIANNING);
        var first = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).when().post("/api/v1/initiatives").then().statusCode(201).extract();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).when().post("/api/v1/initiatives").then().statusCode(201)
                .header("ETag", first.header("ETag"));
        String otherAdmin = io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER).subject("another-secretary")
                .groups("admin").expiresIn(600)
                .sign(io.smallrye.jwt.util.KeyUtils.decodePrivateKey(resource("test-jwt/privateKey.pem")));
        String other = given().auth().oauth2(otherAdmin).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body.replace("Keyed per caller", "Keyed per other caller")).when().post("/api/v1/initiatives")
                .then().statusCode(201).header("Idempotency-Replayed", org.hamcrest.Matchers.nullValue())
                .extract().path("id");
        CatalogFixtures.withdraw(UUID.fromString(first.path("id")));
        CatalogFixtures.withdraw(UUID.fromString(other));
    }

    @Test
    void sameIdTwiceInAnImportIsNamed() {
        String id = UUID.randomUUID().toString();
        String one = CatalogFixtures.initiativeJson("Twin one", CatalogFixtures.XIANNING).replace("{\"title\"", "{\"id\": \"" + id + "\", \"title\"");
        String two = CatalogFixtures.initiativeJson("Twin two", CatalogFixtures.XIANNING).replace("{\"title\"", "{\"id\": \"" + id + "\", \"title\"");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("[" + one + "," + two + "]")
                .when().post("/api/v1/initiatives/import").then().statusCode(400)
                .body("violations[0].field", equalTo("[1].id"));
    }

    @Test
    void pagingDeeperThanTheCapIsRefused() {
        given().queryParam("page", 501).when().get("/api/v1/initiatives").then().statusCode(400)
                .body("violations[0].field", equalTo("page"));
        given().queryParam("page", 21474837).queryParam("size", 100).when().get("/api/v1/cities").then().statusCode(400);
        assertEquals(200, given().queryParam("page", 500).when().get("/api/v1/initiatives").statusCode());
    }

    private static String resource(String name) {
        try (var in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package org.urbaninnovation.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The secretariat's writes: each one transactional, versioned, idempotent where it creates, and published as an event. */
@QuarkusTest
class AdminInitiativeTest {

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON);
    }

    @Test
    void createPublishesWithLocationETagAndEvent() {
        long seq = CatalogFixtures.lastSeq();
        var response = admin().body(CatalogFixtures.initiativeJson("Rain gardens for every school", CatalogFixtures.XIANNING))
                .when().post("/api/v1/initiatives")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/initiatives/"))
                .header("ETag", "\"0.0\"")
                .body("slug", equalTo("xianning-rain-gardens-for-every-school"))
                .body("city.name", equalTo("Xianning"))
                .body("sdgs", equalTo(List.of(6, 11)))
                .extract();
        UUID id = UUID.fromString(response.path("id"));
        given().when().get(response.header("Location")).then().statusCode(200).body("title", equalTo("Rain gardens for every school"));
        given().queryParam("q", "rain gardens").when().get("/api/v1/initiatives").then().body("items.id", hasItem(id.toString()));
        given().auth().oauth2(Tokens.service()).queryParam("after", seq).when().get("/internal/v1/events")
                .then().body("items", hasSize(1))
                .body("items[0].type", equalTo("initiative.created"))
                .body("items[0].aggregateId", equalTo(id.toString()))
                .body("items[0].payload.themes", equalTo(List.of("environmental")))
                .body("items[0].payload.cityId", equalTo(CatalogFixtures.XIANNING));
        CatalogFixtures.withdraw(id);
    }

    @Test
    void sameIdempotencyKeyAndBodyAnswerTheSameWithoutDuplicate() {
        String key = UUID.randomUUID().toString();
        String body = CatalogFixtures.initiativeJson("Pocket parks on idle plots", CatalogFixtures.XIANNING);
        String first = admin().header("Idempotency-Key", key).body(body).when().post("/api/v1/initiatives")
                .then().statusCode(201).extract().path("id");
        long seq = CatalogFixtures.lastSeq();
        int published = CatalogFixtures.publishedCount();
        admin().header("Idempotency-Key", key).body(body).when().post("/api/v1/initiatives")
                .then().statusCode(201).header("Idempotency-Replayed", "true")
                .header("Location", endsWith(first)).body("id", equalTo(first));
        assertEquals(published, CatalogFixtures.publishedCount());
        assertEquals(seq, CatalogFixtures.lastSeq(), "a replay publishes no event");
        admin().header("Idempotency-Key", key).body(body.replace("Pocket", "Tiny")).when().post("/api/v1/initiatives")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("already used for a different request"));
        CatalogFixtures.withdraw(UUID.fromString(first));
    }

    @Test
    void updateNeedsTheCurrentETag() {
        CatalogFixtures.Created created = CatalogFixtures.create("Shared bicycles for nurses");
        String path = "/api/v1/initiatives/" + created.id();
        String changed = CatalogFixtures.initiativeJson("Shared e-bikes for nurses", CatalogFixtures.XIANNING);
        admin().body(changed).when().put(path).then().statusCode(428).contentType("application/problem+json");
        admin().header("If-Match", "\"9.9\"").body(changed).when().put(path).then().statusCode(412)
                .body("detail", containsString("has changed since you read it"));
        String newEtag = admin().header("If-Match", created.etag()).body(changed).when().put(path)
                .then().statusCode(200).body("title", equalTo("Shared e-bikes for nurses")).extract().header("ETag");
        assertNotEquals(created.etag(), newEtag);
        admin().header("If-Match", created.etag()).body(changed).when().put(path).then().statusCode(412);
        given().when().get(path).then().body("title", equalTo("Shared e-bikes for nurses"));
        CatalogFixtures.withdraw(created.id());
    }

    @Test
    void withdrawnInitiativeLeavesPublicReadsButKeepsItsHistory() {
        CatalogFixtures.Created created = CatalogFixtures.create("Night buses for shift workers");
        String path = "/api/v1/initiatives/" + created.id();
        given().auth().oauth2(Tokens.admin()).when().delete(path).then().statusCode(428);
        long seq = CatalogFixtures.lastSeq();
        given().auth().oauth2(Tokens.admin()).header("If-Match", created.etag()).when().delete(path).then().statusCode(204);
        given().when().get(path).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("q", "night buses").when().get("/api/v1/initiatives").then().body("total", equalTo(0));
        given().auth().oauth2(Tokens.admin()).when().get(path + "/history").then().statusCode(200)
                .body("status", equalTo(List.of("published", "withdrawn")))
                .body("[1].snapshot.title", equalTo("Night buses for shift workers"))
                .body("[1].changedBy", equalTo("secretariat"));
        given().auth().oauth2(Tokens.service()).queryParam("after", seq).when().get("/internal/v1/events")
                .then().body("items.type", equalTo(List.of("initiative.withdrawn")));
        admin().header("If-Match", "*").body(CatalogFixtures.initiativeJson("Again", CatalogFixtures.XIANNING))
                .when().put(path).then().statusCode(409);
    }

    @Test
    void duplicateSlugIsAConflictAndChangesNothing() {
        long seq = CatalogFixtures.lastSeq();
        String body = CatalogFixtures.initiativeJson("Copy", CatalogFixtures.XIANNING)
                .replace("{\"title\"", "{\"slug\": \"haikou-bee-eater-protection\", \"title\"");
        admin().body(body).when().post("/api/v1/initiatives").then().statusCode(409).contentType("application/problem+json")
                .body("violations[0].field", equalTo("slug"));
        assertEquals(seq, CatalogFixtures.lastSeq());
    }

    @Test
    void invalidInitiativeNamesEveryOffendingField() {
        int published = CatalogFixtures.publishedCount();
        long seq = CatalogFixtures.lastSeq();
        String body = """
                {"title": "", "cityId": "22222222-0000-4000-8000-000000000001", "sdgs": [18],
                 "themes": ["sports"], "innovationType": "disruptive", "sections": {"gossip": "x"},
                 "summary": "<script>alert('x')</script>"}
                """;
        admin().body(body).when().post("/api/v1/initiatives").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("sdgs[0]"))
                .body("violations.field", hasItem("themes[0]"))
                .body("violations.field", hasItem("innovationType"))
                .body("violations.field", hasItem("summary"))
                .body("violations.find { it.field == 'summary' }.message", containsString("without markup"));
        admin().body(CatalogFixtures.initiativeJson("Orphan", "22222222-0000-4000-8000-000000000099"))
                .when().post("/api/v1/initiatives").then().statusCode(400)
                .body("violations[0].field", equalTo("cityId"))
                .body("violations[0].message", equalTo("no city has this id"));
        admin().body("{\"title\": \"x\", \"cityId\": \"not-a-uuid\"}").when().post("/api/v1/initiatives")
                .then().statusCode(400).body("violations[0].field", equalTo("cityId"));
        assertEquals(published, CatalogFixtures.publishedCount());
        assertEquals(seq, CatalogFixtures.lastSeq());
    }

    @Test
    void importIsAllOrNothing() {
        int published = CatalogFixtures.publishedCount();
        long seq = CatalogFixtures.lastSeq();
        String good = CatalogFixtures.initiativeJson("Cool roofs programme", CatalogFixtures.XIANNING);
        String bad = CatalogFixtures.initiativeJson("", CatalogFixtures.XIANNING);
        String duplicate = CatalogFixtures.initiativeJson("Cool roofs programme", CatalogFixtures.XIANNING);
        admin().body("[" + good + "," + bad + "]").when().post("/api/v1/initiatives/import")
                .then().statusCode(400).body("violations.field", hasItem("[1].title"));
        admin().body("[" + good + "," + duplicate + "]").when().post("/api/v1/initiatives/import")
                .then().statusCode(400).body("violations[0].field", equalTo("[1].slug"))
                .body("violations[0].message", equalTo("is used twice in this import"));
        admin().body("[]").when().post("/api/v1/initiatives/import").then().statusCode(400);
        assertEquals(published, CatalogFixtures.publishedCount());
        assertEquals(seq, CatalogFixtures.lastSeq());

        String second = CatalogFixtures.initiativeJson("Green corridors", CatalogFixtures.XIANNING);
        List<String> ids = admin().body("[" + good + "," + second + "]").when().post("/api/v1/initiatives/import")
                .then().statusCode(201).body("imported", equalTo(2)).extract().path("ids");
        assertEquals(published + 2, CatalogFixtures.publishedCount());
        assertEquals(seq + 2, CatalogFixtures.lastSeq());
        ids.forEach(id -> CatalogFixtures.withdraw(UUID.fromString(id)));
    }

    @Test
    void exportHasEveryInitiativeIncludingWithdrawn() {
        CatalogFixtures.Created created = CatalogFixtures.create("Exported then withdrawn");
        CatalogFixtures.withdraw(created.id());
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/initiatives/export").then().statusCode(200)
                .body("find { it.id == '" + created.id() + "' }.status", equalTo("withdrawn"))
                .body("find { it.slug == 'haikou-bee-eater-protection' }.sections.outcomes", notNullValue());
        String csv = given().auth().oauth2(Tokens.admin()).queryParam("format", "csv")
                .when().get("/api/v1/initiatives/export").then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", containsString("initiatives.csv")).extract().asString();
        assertEquals("id,slug,title,city,country,cycle,innovationType,themes,sdgs,publishedAt,status", csv.lines().findFirst().orElseThrow());
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("\"" + created.id() + "\",") && csv.contains(",\"withdrawn\""));
    }

    @Test
    void malformedIdInPathIsABadRequest() {
        admin().header("If-Match", "*").body(CatalogFixtures.initiativeJson("x", CatalogFixtures.XIANNING))
                .when().put("/api/v1/initiatives/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/initiatives/not-a-uuid/history")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownInitiativeCannotBeUpdated() {
        admin().header("If-Match", "*").body(CatalogFixtures.initiativeJson("x", CatalogFixtures.XIANNING))
                .when().put("/api/v1/initiatives/" + UUID.randomUUID()).then().statusCode(404)
                .body("detail", not(containsString("Exception")));
    }
}

package org.urbaninnovation.catalog.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.catalog.persistence.CommonLexemes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Words found in many initiatives are searched by reading the table in order rather than through
 * the index, once PostgreSQL's statistics say so; the answer must not depend on the way taken.
 * A filter always takes the index, and every initiative is in China: with {@code country=china}
 * the same search goes the other way.
 */
@QuarkusTest
class CommonWordSearchTest {

    @Inject
    EntityManager em;

    @Inject
    CommonLexemes commonLexemes;

    private static JsonPath search(String q, String... filter) {
        var request = given().queryParam("q", q).queryParam("size", 100);
        if (filter.length == 2) {
            request = request.queryParam(filter[0], filter[1]);
        }
        return request.when().get("/api/v1/initiatives").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void commonWordsGiveTheSameAnswerWithoutTheIndex() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze initiative").executeUpdate());
        List<String> common = List.of(commonLexemes.current().lexemes().split(" "));
        assertTrue(common.containsAll(List.of("citi", "urban")), "lexemes in most initiatives: " + common);

        for (String q : List.of("city", "urban city", "water", "\"urban development\"")) {
            JsonPath scanned = search(q);
            JsonPath indexed = search(q, "country", "china");
            assertTrue(scanned.getInt("total") > 0, q);
            assertEquals(indexed.getInt("total"), scanned.getInt("total"), q);
            assertEquals(indexed.getList("items.id"), scanned.getList("items.id"), q);
            assertEquals(indexed.getList("items.rank"), scanned.getList("items.rank"), q);
            assertEquals(indexed.getList("items.highlights"), scanned.getList("items.highlights"), q);
            assertEquals(indexed.getMap("facets"), scanned.getMap("facets"), q);
        }
    }
}

package org.urbaninnovation.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Full-text search over the seeded catalogue: relevance, phrases, prefixes, filters, facets. */
@QuarkusTest
class SearchTest {

    private static JsonPath search(Object... params) {
        var request = given();
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.when().get("/api/v1/initiatives").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void jaundiceFindsTheGuangzhouNeonatalSystemFirst() {
        JsonPath result = search("q", "jaundice");
        assertEquals("Guangzhou", result.getString("items[0].city.name"));
        assertTrue(result.getString("items[0].title").startsWith("Integrated and Smart Neonatal Health"));
    }

    @Test
    void beeEaterFindsHaikou() {
        assertEquals("Haikou", search("q", "bee-eater").getString("items[0].city.name"));
    }

    @Test
    void quotedPhraseFindsHongKongTransitionalHousing() {
        JsonPath result = search("q", "\"transitional housing\"");
        assertEquals("Hong Kong", result.getString("items[0].city.name"));
        assertEquals("<mark>Transitional</mark> <mark>Housing</mark>", result.getString("items[0].highlights.title"));
    }

    @Test
    void phraseRequiresAdjacentWordsInOrder() {
        assertEquals(1, search("q", "modular housing").getInt("total"));
        assertEquals(0, search("q", "\"modular housing\"").getInt("total"));
        assertEquals("Hong Kong", search("q", "\"housing modular\"").getString("items[0].city.name"));
    }

    @Test
    void floodFindsFuzhouAndBijie() {
        List<String> cities = search("q", "flood").getList("items.city.name");
        assertTrue(cities.containsAll(List.of("Fuzhou", "Bijie")), cities.toString());
    }

    @Test
    void chinesePlaceNamesAreFoundWithOrWithoutTones() {
        assertEquals("Shanghai", search("q", "Zhangyuan").getString("items[0].city.name"));
        assertEquals("Fuzhou", search("q", "Fúzhōu").getString("items[0].city.name"));
        assertEquals("Nanjing", search("q", "Xiaosongtao").getString("items[0].city.name"));
    }

    @Test
    void prefixFindsEveryRenewal() {
        List<String> cities = search("q", "renew*").getList("items.city.name");
        assertTrue(cities.containsAll(List.of("Shanghai", "Shijiazhuang")), cities.toString());
        assertTrue(search("q", "renewa").getInt("total") < cities.size(), "without * the stem must match exactly");
    }

    @Test
    void titleMatchesOutrankBodyMatches() {
        List<String> cities = search("q", "renewal").getList("items.city.name");
        assertTrue(List.of("Shanghai", "Shijiazhuang").containsAll(cities.subList(0, 2)), cities.toString());
    }

    @Test
    void hitsCarryHighlightedSnippetsAndComeInRankOrder() {
        JsonPath result = search("q", "flood");
        assertTrue(result.getList("items.highlights.text", String.class).stream().anyMatch(t -> t.contains("<mark>")));
        List<Float> ranks = result.getList("items.rank", Float.class);
        for (int i = 1; i < ranks.size(); i++) {
            assertTrue(ranks.get(i - 1) >= ranks.get(i), "ranks descend: " + ranks);
        }
    }

    @Test
    void snippetsAreEscapedHtml() {
        String snippets = String.join(" ", search("q", "water").getList("items.highlights.text", String.class));
        assertTrue(snippets.replace("<mark>", "").replace("</mark>", "").chars().noneMatch(ch -> ch == '<' || ch == '>'));
    }

    @Test
    void facetsAddUpToTheTotal() {
        JsonPath result = search("q", "city");
        int total = result.getInt("total");
        assertTrue(total > 3, "a common word");
        for (String facet : List.of("city", "country", "innovationType", "cycle")) {
            List<Map<String, Object>> values = result.getList("facets." + facet);
            int sum = values.stream().mapToInt(v -> (Integer) v.get("count")).sum();
            assertEquals(total, sum, facet + " counts must add up to the total");
        }
        List<Map<String, Object>> themes = result.getList("facets.theme");
        themes.forEach(t -> assertTrue((Integer) t.get("count") <= total));
    }

    @Test
    void facetsOfTheWholeCatalogue() {
        JsonPath result = search();
        assertEquals(14, result.getInt("total"));
        assertTrue(result.getBoolean("totalExact"));
        assertEquals(14, result.getInt("facets.country[0].count"));
        assertEquals(List.of(Map.of("value", "11", "count", 1), Map.of("value", "14", "count", 1),
                Map.of("value", "15", "count", 1)), result.getList("facets.sdg"));
    }

    @Test
    void filtersCombineWithText() {
        JsonPath result = search("q", "flood", "city", "bijie");
        assertEquals(1, result.getInt("total"));
        assertEquals("Bijie", result.getString("items[0].city.name"));
        assertEquals(1, search("q", "flood", "city", "22222222-0000-4000-8000-000000000007").getInt("total"));
        assertEquals(0, search("q", "jaundice", "theme", "economic", "city", "haikou").getInt("total"));
    }

    @Test
    void eachFilterNarrowsTheCatalogue() {
        assertEquals(List.of("Xiamen"), search("sdg", 11).getList("items.city.name"));
        assertEquals(14, search("country", "china").getInt("total"));
        assertEquals(0, search("country", "France").getInt("total"));
        assertEquals(14, search("cycle", "gz-award-6").getInt("total"));
        JsonPath incremental = search("innovationType", "incremental");
        assertEquals(List.of("Haikou"), incremental.getList("items.city.name"));
        JsonPath technology = search("theme", "technology");
        assertTrue(technology.getList("items.themes").stream().allMatch(t -> ((List<?>) t).contains("technology")));
    }

    @Test
    void sortsByTitleCityAndDate() {
        List<String> titles = search("sort", "title").getList("items.title");
        assertEquals(titles.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), titles);
        List<String> reversed = new java.util.ArrayList<>(search("sort", "-title").getList("items.title"));
        java.util.Collections.reverse(reversed);
        assertEquals(titles, reversed);
        List<String> cities = search("sort", "city").getList("items.city.name");
        assertEquals(cities.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), cities);
        assertEquals(14, search("sort", "-publishedAt").getList("items").size());
    }

    @Test
    void paginationEdges() {
        assertEquals(1, search("size", 1).getList("items").size());
        assertEquals(4, search("page", 1, "size", 10).getList("items").size());
        assertEquals(0, search("page", 2, "size", 10).getList("items").size());
        assertEquals(14, search("page", 2, "size", 10).getInt("total"));
        List<String> first = search("page", 0, "size", 7, "sort", "title").getList("items.id");
        List<String> second = search("page", 1, "size", 7, "sort", "title").getList("items.id");
        assertTrue(first.stream().noneMatch(second::contains), "pages do not overlap");
    }

    @Test
    void sqlAndScriptTextIsSearchedAsText() {
        int before = CatalogFixtures.publishedCount();
        given().queryParam("q", "'; drop table initiative; --").when().get("/api/v1/initiatives")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", "<script>alert(1)</script>").when().get("/api/v1/initiatives")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", "water' OR '1'='1").when().get("/api/v1/initiatives")
                .then().statusCode(200);
        given().queryParam("q", "!!! ::: &&").when().get("/api/v1/initiatives")
                .then().statusCode(200).body("total", equalTo(0));
        assertEquals(before, CatalogFixtures.publishedCount());
    }

    @Test
    void aCsvPageCarriesItsPlaceInTheListAsHeaders() {
        given().queryParam("format", "csv").queryParam("q", "flood").queryParam("size", 1).when().get("/api/v1/initiatives")
                .then().statusCode(200).header("X-Total-Count", "2")
                .header("Link", allOf(containsString("page=1"), containsString("q=flood"), containsString("size=1"),
                        containsString("format=csv"), containsString("rel=\"next\""), not(containsString("rel=\"prev\""))));
        given().queryParam("format", "csv").queryParam("q", "flood").queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/v1/initiatives").then().statusCode(200).header("X-Total-Count", "2")
                .header("Link", allOf(containsString("page=0"), containsString("rel=\"prev\""),
                        not(containsString("rel=\"next\""))));
    }

    @Test
    void csvHasOneHeaderRowAndOneRowPerItem() {
        String csv = given().queryParam("format", "csv").queryParam("q", "flood").when().get("/api/v1/initiatives")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("id,slug,title,city,country,cycle,innovationType,themes,sdgs,publishedAt", lines[0]);
        assertEquals(3, lines.length);
        given().accept("text/csv").when().get("/api/v1/initiatives").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(containsString("haikou-bee-eater-protection"));
        given().queryParam("format", "csv").queryParam("sdg", "11").when().get("/api/v1/initiatives").then()
                .body(containsString("\"environmental;governance\"".replace("\"", "")))
                .body(containsString("11;14;15"));
    }

    @Test
    void listsAndDetailsAreConditional() {
        String etag = given().when().get("/api/v1/initiatives").then().statusCode(200)
                .header("Cache-Control", "public, max-age=60").extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/initiatives").then().statusCode(304);
        given().header("If-None-Match", "\"other\"").when().get("/api/v1/initiatives").then().statusCode(200);
        String detail = given().when().get("/api/v1/initiatives/haikou-bee-eater-protection").then().extract().header("ETag");
        given().header("If-None-Match", detail).when().get("/api/v1/initiatives/haikou-bee-eater-protection")
                .then().statusCode(304);
    }

    @Test
    void personalAnswersAreNotSharedByCaches() {
        given().auth().oauth2(org.urbaninnovation.testsupport.Tokens.admin()).when().get("/api/v1/initiatives")
                .then().statusCode(200).header("Cache-Control", "private, no-cache");
    }

    @Test
    void similarInitiativesShareTermsAndThemes() {
        given().when().get("/api/v1/initiatives/fuzhou-intelligent-water-governance/similar").then().statusCode(200)
                .body("[0].city.name", equalTo("Bijie"))
                .body("", hasSize(5))
                .body("slug", org.hamcrest.Matchers.not(hasItem("fuzhou-intelligent-water-governance")));
        given().queryParam("limit", 2).when().get("/api/v1/initiatives/haikou-bee-eater-protection/similar")
                .then().statusCode(200).body("", hasSize(2));
    }

    @Test
    void themesCountPublishedInitiatives() {
        given().when().get("/api/v1/themes").then().statusCode(200)
                .body("items.code", hasItems("social_cultural", "economic", "environmental", "governance", "technology"))
                .body("items.find { it.code == 'governance' }.initiatives", equalTo(
                        search("theme", "governance").getInt("total")));
    }
}

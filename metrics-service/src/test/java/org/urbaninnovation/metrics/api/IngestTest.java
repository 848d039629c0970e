package org.urbaninnovation.metrics.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.urbaninnovation.metrics.CaughtUp;
import org.urbaninnovation.metrics.RecordedCatalogFeed;
import org.urbaninnovation.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Recording observations: upserts, conversions, idempotency, rollup freshness and all-or-nothing checks. */
@QuarkusTest
class IngestTest {

    static final String INITIATIVE = RecordedCatalogFeed.TEST_INITIATIVE;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void projection() {
        CaughtUp.projection();
    }

    static Map<String, Object> row(String indicator, String phase, String period, Object value, String unit) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("initiativeId", INITIATIVE);
        row.put("indicator", indicator);
        row.put("phase", phase);
        row.put("period", period);
        row.put("value", value);
        row.put("unit", unit);
        row.put("source", Map.of("document", "annual-report-2031.pdf", "quote", "We reached " + value + " " + unit + "."));
        return row;
    }

    static io.restassured.response.ValidatableResponse post(Object body) {
        return given().auth().oauth2(Tokens.admin()).contentType("application/json").body(body)
                .when().post("/api/v1/observations").then();
    }

    @Test
    void upsertsByKeyAndReportsWhatChanged() {
        List<Map<String, Object>> rows = List.of(row("direct_beneficiaries", "result", "2031", 1000, "people"),
                row("direct_beneficiaries", "result", "2031-Q2", 400, "people"));
        post(rows).statusCode(200).body("inserted", equalTo(2)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        post(rows).statusCode(200).body("inserted", equalTo(0)).body("unchanged", equalTo(2));
        String read = "/api/v1/observations?initiative=" + INITIATIVE + "&indicator=direct_beneficiaries&from=2031&to=2031";
        given().when().get(read).then().body("items.find { it.period == '2031' }.value", equalTo(1000));
        // The answer just read is cached; the update below must drop it.
        post(List.of(row("direct_beneficiaries", "result", "2031", 1500, "people"))).statusCode(200)
                .body("updated", equalTo(1));
        given().when().get("/api/v1/observations?initiative=" + INITIATIVE + "&indicator=direct_beneficiaries&from=2031&to=2031")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.find { it.period == '2031' }.value", equalTo(1500))
                .body("items.find { it.period == '2031' }.version", equalTo(2))
                .body("items.find { it.period == '2031' }.city", equalTo("Testville"));
    }

    @Test
    void aggregatesCountAnIngestAtOnce() {
        String query = "/api/v1/aggregates?initiative=" + INITIATIVE + "&indicator=households_benefiting&fn=sum,count&groupBy=year";
        post(List.of(row("households_benefiting", "result", "2032-03", 10, "households"))).statusCode(200);
        given().when().get(query).then().statusCode(200).body("items.find { it.year == 2032 }.sum", equalTo(10));
        post(List.of(row("households_benefiting", "result", "2032-04", 5, "households"),
                row("households_benefiting", "result", "2032-03", 12, "households"))).statusCode(200);
        given().when().get(query).then().statusCode(200).body("items.find { it.year == 2032 }.sum", equalTo(17))
                .body("items.find { it.year == 2032 }.count", equalTo(2));
        given().when().get("/api/v1/aggregates?initiative=" + INITIATIVE
                + "&indicator=households_benefiting&fn=sum&per=1000people&from=2032&to=2032").then().statusCode(200)
                .body("items[0].sum", equalTo(0.017f));
        given().when().get("/api/v1/aggregates?theme=economic&sdg=8&groupBy=country&indicator=households_benefiting&fn=max&from=2032&to=2032")
                .then().statusCode(200).body("items.country", hasItem("Testland"));
    }

    @Test
    void aDeclaredConversionIsAcceptedAndAnUndeclaredUnitRefused() {
        post(List.of(row("direct_beneficiaries", "target", "2033", 1.5, "million people"))).statusCode(200);
        given().when().get("/api/v1/observations?initiative=" + INITIATIVE + "&phase=target&indicator=direct_beneficiaries")
                .then().body("items[0].unit", equalTo("million people"))
                .body("items[0].normalizedValue", equalTo(1500000.0f));
        post(List.of(row("direct_beneficiaries", "target", "2034", 3, "dogs"))).statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("[0].unit"))
                .body("violations[0].message", containsString("not the unit of direct_beneficiaries"));
    }

    @Test
    void aContextFigureIsNeverPairedAsAnOutcome() {
        String pairs = "/api/v1/outcomes?initiative=" + INITIATIVE + "&indicator=flood_daily_rainfall";
        post(List.of(row("flood_daily_rainfall", "context", "2045-06", 305, "millimeters"),
                row("flood_daily_rainfall", "result", "2046-06", 120, "millimeters"))).statusCode(200);
        given().when().get(pairs).then().statusCode(200).body("total", equalTo(0));
        post(List.of(row("flood_daily_rainfall", "baseline", "2045-07", 200, "millimeters"))).statusCode(200);
        given().when().get(pairs).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].baseline.value", equalTo(200)).body("items[0].result.value", equalTo(120));
        // Aggregated as any phase is: alone with phase=context, apart with groupBy=phase.
        given().when().get("/api/v1/aggregates?initiative=" + INITIATIVE
                + "&indicator=flood_daily_rainfall&phase=context&fn=max,count").then().statusCode(200)
                .body("items[0].count", equalTo(1)).body("items[0].max", equalTo(305));
        given().when().get("/api/v1/aggregates?initiative=" + INITIATIVE
                + "&indicator=flood_daily_rainfall&groupBy=phase&fn=count").then().statusCode(200)
                .body("items.phase", containsInAnyOrder("baseline", "context", "result"));
    }

    @Test
    void moneyReachesItsCurrencyCodeAndTwoCurrenciesNeverAddUp() {
        post(List.of(row("flood_direct_economic_losses", "context", "2047", 2.5, "million yuan"),
                row("flood_direct_economic_losses_usd", "context", "2047", 350000, "USD"))).statusCode(200);
        given().when().get("/api/v1/aggregates?initiative=" + INITIATIVE
                + "&indicator=flood_direct_economic_losses&from=2047&to=2047&fn=sum").then().statusCode(200)
                .body("items[0].unit", equalTo("CNY")).body("items[0].sum", equalTo(2500000));
        given().when().get("/api/v1/aggregates?initiative=" + INITIATIVE + "&from=2047&to=2047&fn=sum").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("different units (among them CNY and USD)"));
        // A currency is not a conversion of another: US dollars are refused as yuan.
        post(List.of(row("flood_direct_economic_losses", "context", "2048", 350000, "USD"))).statusCode(400)
                .body("violations[0].field", equalTo("[0].unit"));
    }

    @Test
    void improvedFollowsTheIndicatorsDirection() {
        post(List.of(row("construction_time_months", "baseline", "2030", 40, "months"),
                row("construction_time_months", "result", "2031", 52, "months"),
                row("students_walking_to_school_share", "baseline", "2030", 30, "%"),
                row("students_walking_to_school_share", "result", "2031", 20, "%"),
                row("elderly_share_of_residents", "baseline", "2030", 10, "%"),
                row("elderly_share_of_residents", "result", "2031", 12, "%"))).statusCode(200);
        given().when().get("/api/v1/outcomes?initiative=" + INITIATIVE).then().statusCode(200)
                .body("items.find { it.indicator == 'construction_time_months' }.improved", equalTo(false))
                .body("items.find { it.indicator == 'construction_time_months' }.relativeChangePercent", equalTo(30.0f))
                .body("items.find { it.indicator == 'students_walking_to_school_share' }.improved", equalTo(false))
                .body("items.find { it.indicator == 'elderly_share_of_residents' }.improved", nullValue());
        given().when().get("/api/v1/outcomes?initiative=" + INITIATIVE + "&improved=false").then().statusCode(200)
                .body("total", equalTo(2)).body("items.improved", org.hamcrest.Matchers.everyItem(equalTo(false)));
        // A later result moves the pair, in the same transaction.
        post(List.of(row("construction_time_months", "result", "2032", 30, "months"))).statusCode(200);
        given().when().get("/api/v1/outcomes?initiative=" + INITIATIVE + "&indicator=construction_time_months").then()
                .body("items[0].result.period", equalTo("2032")).body("items[0].improved", equalTo(true));
    }

    @Test
    void theSameIdempotencyKeyAnswersTheFirstAnswerAgain() {
        List<Map<String, Object>> rows = List.of(row("jobs_mobilized", "result", "2035", 7, "jobs"));
        given().auth().oauth2(Tokens.service()).header("Idempotency-Key", "ingest-2035").contentType("application/json")
                .body(rows).when().post("/api/v1/observations").then().statusCode(200).body("inserted", equalTo(1));
        given().auth().oauth2(Tokens.service()).header("Idempotency-Key", "ingest-2035").contentType("application/json")
                .body(rows).when().post("/api/v1/observations").then().statusCode(200)
                .header("Idempotency-Replayed", "true").body("inserted", equalTo(1));
        given().auth().oauth2(Tokens.service()).header("Idempotency-Key", "ingest-2035").contentType("application/json")
                .body(List.of(row("jobs_mobilized", "result", "2035", 8, "jobs"))).when().post("/api/v1/observations")
                .then().statusCode(422).contentType("application/problem+json");
        given().when().get("/api/v1/observations?initiative=" + INITIATIVE + "&indicator=jobs_mobilized&from=2035&to=2035").then()
                .body("items", hasSize(1)).body("items[0].value", equalTo(7));
    }

    @Test
    void aKeyIsForgottenOnceItsRetentionHasPassed() throws SQLException {
        // The test profile purges on every keyed request; here the first record is made 25 hours old.
        given().auth().oauth2(Tokens.service()).header("Idempotency-Key", "ingest-2037").contentType("application/json")
                .body(List.of(row("jobs_mobilized", "result", "2037", 7, "jobs"))).when().post("/api/v1/observations")
                .then().statusCode(200);
        assertThat(sql("update idempotency_record set created_at = now() - interval '25 hours'"
                + " where key like '%' || chr(10) || 'ingest-2037'"), equalTo(1));
        given().auth().oauth2(Tokens.service()).header("Idempotency-Key", "ingest-2037-next").contentType("application/json")
                .body(List.of(row("jobs_mobilized", "result", "2037-01", 2, "jobs"))).when().post("/api/v1/observations")
                .then().statusCode(200).header("Idempotency-Replayed", nullValue());
        assertThat(sql("select count(*) from idempotency_record where key like '%' || chr(10) || 'ingest-2037'"), equalTo(0));
        assertThat(sql("select count(*) from idempotency_record where key like '%' || chr(10) || 'ingest-2037-next'"),
                equalTo(1));
        // The forgotten key now runs a different request instead of refusing it as a reuse (422).
        given().auth().oauth2(Tokens.service()).header("Idempotency-Key", "ingest-2037").contentType("application/json")
                .body(List.of(row("jobs_mobilized", "result", "2037", 9, "jobs"))).when().post("/api/v1/observations")
                .then().statusCode(200).header("Idempotency-Replayed", nullValue()).body("updated", equalTo(1));
    }

    @Test
    void twoCitiesOfOneNameStayApartInAggregatesAndSeries() {
        String otherCity = "33333333-0000-4000-8000-000000000003";
        String otherInitiative = "33333333-0000-4000-8000-000000000004";
        RecordedCatalogFeed.append("city.created", "city", otherCity, RecordedCatalogFeed.city(0, "Testville")
                .put("id", otherCity).put("slug", "testville-otherland").put("country", "Otherland"));
        RecordedCatalogFeed.append("initiative.created", "initiative", otherInitiative,
                RecordedCatalogFeed.initiative(0, "Another test initiative").put("id", otherInitiative)
                        .put("slug", "another-test-initiative").put("cityId", otherCity)
                        .put("citySlug", "testville-otherland").put("country", "Otherland"));
        CaughtUp.projection();
        Map<String, Object> there = row("jobs_mobilized", "result", "2041", 7, "jobs");
        there.put("initiativeId", otherInitiative);
        post(List.of(row("jobs_mobilized", "result", "2041", 5, "jobs"), there)).statusCode(200).body("inserted", equalTo(2));

        given().when().get("/api/v1/aggregates?indicator=jobs_mobilized&phase=result&groupBy=city&fn=sum&from=2041&to=2041").then()
                .statusCode(200).body("items", hasSize(2)).body("items.city", everyItem(equalTo("Testville")))
                .body("items.find { it.cityId == '" + otherCity + "' }.sum", equalTo(7))
                .body("items.find { it.cityId == '" + RecordedCatalogFeed.TEST_CITY + "' }.sum", equalTo(5));
        given().when().get("/api/v1/series?indicator=jobs_mobilized&phase=result&by=city&from=2041&to=2041").then()
                .statusCode(200).body("items", hasSize(2))
                .body("items.series", containsInAnyOrder("Testville (Testland) · result", "Testville (Otherland) · result"))
                .body("items.find { it.cityId == '" + otherCity + "' }.value", equalTo(7));
    }

    /** An update's row count, or a query's single number. */
    private int sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            if (!s.execute()) {
                return s.getUpdateCount();
            }
            try (ResultSet rs = s.getResultSet()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void oneBadRowRefusesTheWholeBatchAndNamesEachProblem() {
        Map<String, Object> negative = row("households_benefiting", "result", "2036", -3, "households");
        Map<String, Object> badPeriod = row("households_benefiting", "result", "2023-13", 3, "households");
        Map<String, Object> unknown = row("no_such_indicator", "result", "2036", 3, "households");
        Map<String, Object> badPhase = row("households_benefiting", "final", "2036", 3, "households");
        Map<String, Object> stranger = row("households_benefiting", "result", "2036-02", 3, "households");
        stranger.put("initiativeId", "99999999-0000-4000-8000-000000000000");
        Map<String, Object> good = row("households_benefiting", "result", "2036-01", 3, "households");
        post(List.of(good, negative, badPeriod, unknown, badPhase, stranger, good)).statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was recorded"))
                .body("violations.field", hasItem("[1].value"))
                .body("violations.field", hasItem("[2].period"))
                .body("violations.field", hasItem("[3].indicator"))
                .body("violations.field", hasItem("[4].phase"))
                .body("violations.field", hasItem("[5].initiativeId"))
                .body("violations.field", hasItem("[6]"));
        given().when().get("/api/v1/observations?initiative=" + INITIATIVE + "&from=2036&to=2036").then()
                .body("total", equalTo(0));
    }

    @Test
    void rangesNeedLowAndHigh() {
        Map<String, Object> range = row("migratory_birds_in_protection_area", "result", "2037", null, "birds");
        range.put("qualifier", "range");
        range.put("low", 50);
        range.put("high", 20);
        post(List.of(range)).statusCode(400).body("violations[0].field", equalTo("[0].low"));
        range.put("low", 20);
        range.put("high", 50);
        post(List.of(range)).statusCode(200).body("inserted", equalTo(1));
    }

    @Test
    void numbersOutOfRangeOrNotNumbersAreRefused() {
        String one = "[{\"initiativeId\":\"" + INITIATIVE + "\",\"indicator\":\"jobs_mobilized\",\"phase\":\"result\","
                + "\"period\":\"2038\",\"unit\":\"jobs\",\"value\":%s}]";
        for (String bad : List.of("1e309", "123456789012345678", "0.0000001")) {
            post(one.formatted(bad)).statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("[0].value"));
        }
        for (String malformed : List.of("NaN", "Infinity", "-Infinity", "\"many\"", "[1]", "{}")) {
            post(one.formatted(malformed)).statusCode(400).contentType("application/problem+json");
        }
        post("[{\"initiativeId\":").statusCode(400).contentType("application/problem+json");
        post("[]").statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/observations?initiative=" + INITIATIVE + "&from=2038&to=2038").then()
                .body("total", equalTo(0));
    }

    @Test
    void moreThanAThousandRowsAreRefused() {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            rows.add(row("jobs_mobilized", "result", "2039-01-" + String.format("%02d", 1 + i % 28), i, "jobs"));
        }
        post(rows).statusCode(400).contentType("application/problem+json");
    }

    @Test
    void perCapitaDividesAGroupsTotalByThePopulationOfTheCitiesItCovers() {
        Map<String, Object> xianning = row("households_benefited", "scale", "2043", 3000, "households");
        xianning.put("initiativeId", ReadApiTest.XIANNING);
        post(List.of(row("households_benefited", "scale", "2043", 1000, "households"), xianning)).statusCode(200);
        // (1,000 + 3,000) households over 1,000,000 (Testville) + 3,036,100 (Xianning) people, per 1,000 people
        given().when().get("/api/v1/aggregates?indicator=households_benefited&phase=scale&from=2043&to=2043"
                + "&groupBy=year&fn=sum,count&per=1000people").then().statusCode(200)
                .body("items[0].count", equalTo(2))
                .body("items[0].sum", equalTo(0.991055722108f))
                .body("items[0].unit", equalTo("households per 1000 people"));
        given().when().get("/api/v1/aggregates?indicator=households_benefited&groupBy=year&fn=avg&per=capita")
                .then().statusCode(400).body("violations[0].field", equalTo("fn"));
    }

    @Test
    void concurrentIngestsOfOneRollupKeyLoseNothing() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Integer>> posts = new java.util.ArrayList<>();
        for (int batch = 0; batch < 4; batch++) {
            int first = batch * 10;
            posts.add(pool.submit(() -> {
                List<Map<String, Object>> rows = new java.util.ArrayList<>();
                for (int day = first; day < first + 10; day++) {
                    rows.add(row("households_benefited", "result",
                            java.time.LocalDate.of(2044, 1, 1).plusDays(day).toString(), 1, "households"));
                }
                return given().auth().oauth2(Tokens.admin()).contentType("application/json").body(rows)
                        .when().post("/api/v1/observations").then().extract().statusCode();
            }));
        }
        for (var post : posts) {
            org.junit.jupiter.api.Assertions.assertEquals(200, post.get());
        }
        pool.shutdown();
        given().when().get("/api/v1/aggregates?initiative=" + INITIATIVE
                + "&indicator=households_benefited&phase=result&from=2044&to=2044&fn=sum,count").then()
                .body("items[0].count", equalTo(40)).body("items[0].sum", equalTo(40));
    }

    @Test
    void scriptTextIsRefusedInFreeText() {
        Map<String, Object> row = row("jobs_mobilized", "result", "2040", 1, "jobs");
        row.put("note", "<script>alert(1)</script>");
        post(List.of(row)).statusCode(400).body("violations[0].field", containsString("note"));
    }
}

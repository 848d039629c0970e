package org.urbaninnovation.metrics.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.urbaninnovation.metrics.CaughtUp;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The public reads over the seed: every figure traceable to its sentence, pairs, series and aggregates. */
@QuarkusTest
class ReadApiTest {

    static final String XIANNING = "11111111-0000-4000-8000-000000000001";
    static final String GUANGZHOU = "11111111-0000-4000-8000-000000000003";
    static final String BIJIE = "11111111-0000-4000-8000-000000000004";
    static final String HAIKOU = "11111111-0000-4000-8000-000000000008";
    static final String HONG_KONG = "11111111-0000-4000-8000-000000000010";

    @BeforeAll
    static void projection() {
        CaughtUp.projection();
    }

    @Test
    void indicatorsDescribeUnitDirectionAndSdgs() {
        given().when().get("/api/v1/indicators?size=100").then().statusCode(200)
                .body("total", equalTo(173)).body("items", hasSize(100)).body("page", equalTo(0));
        given().when().get("/api/v1/indicators/construction_time_months").then().statusCode(200)
                .body("unit", equalTo("months")).body("direction", equalTo("lower_is_better"))
                .body("additive", equalTo(false));
        given().when().get("/api/v1/indicators/students_walking_to_school_share").then().statusCode(200)
                .body("sdgTargets", hasItem("11.2")).body("themes", hasItem("social_cultural"));
        given().when().get("/api/v1/indicators/no_such_indicator").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no_such_indicator"));
        given().when().get("/api/v1/indicators?theme=environmental&size=100").then().statusCode(200)
                .body("items.themes", everyItem(hasItem("environmental")));
    }

    @Test
    void everyFigureCarriesItsExactSourceSentence() {
        given().when().get("/api/v1/observations?initiative=" + HAIKOU + "&indicator=bee_eater_population").then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.phase", contains("baseline", "result"))
                .body("items[0].value", equalTo(26)).body("items[0].period", equalTo("2018"))
                .body("items[1].value", equalTo(80)).body("items[1].qualifier", equalTo("more_than"))
                .body("items[1].source.document", equalTo("000_5179656e0f3247f5.txt"))
                .body("items[1].source.quote", containsString("more than 80"))
                .body("items[0].city", equalTo("Haikou")).body("items[0].country", equalTo("China"));
    }

    @Test
    void reportedUnitsStayAsPrintedAndConvertForAggregation() {
        given().when().get("/api/v1/observations?indicator=direct_beneficiaries").then().statusCode(200)
                .body("items[0].value", equalTo(5.2f)).body("items[0].unit", equalTo("million people"))
                .body("items[0].normalizedValue", equalTo(5200000.0f)).body("items[0].indicatorUnit", equalTo("people"))
                .body("items[0].qualifier", equalTo("approximately"));
    }

    @Test
    void filtersByCityCountryThemeSdgPhaseAndPeriod() {
        given().when().get("/api/v1/observations?city=haikou&size=100").then().statusCode(200)
                .body("total", equalTo(6)).body("items.city", everyItem(equalTo("Haikou")));
        given().when().get("/api/v1/observations?city=22222222-0000-4000-8000-000000000008").then().statusCode(200)
                .body("total", equalTo(6));
        given().when().get("/api/v1/observations?country=china&phase=baseline&size=100").then().statusCode(200)
                .body("total", equalTo(11)).body("items.phase", everyItem(equalTo("baseline")));
        given().when().get("/api/v1/observations?initiative=" + GUANGZHOU + "&from=2021&to=2022").then().statusCode(200)
                .body("items.period", everyItem(startsWith("202")))
                .body("items.period", hasItem("2022")).body("items.period", not(hasItem("2020")));
        // Grafana's $__isoFrom()/$__isoTo()
        given().when().get("/api/v1/observations?initiative=" + GUANGZHOU
                + "&from=2020-01-01T00:00:00.000Z&to=2020-12-31T23:59:59.999Z").then().statusCode(200)
                .body("items.period", everyItem(equalTo("2020")));
        // An upper bound at midnight ends before that day.
        given().when().get("/api/v1/observations?initiative=" + GUANGZHOU
                + "&from=2020-06-01T00:00:00Z&to=2022-01-01T00:00:00Z").then().statusCode(200)
                .body("items.period", hasItem("2020")).body("items.period", not(hasItem("2022")));
        given().when().get("/api/v1/observations?theme=environmental&size=1").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1));
        given().when().get("/api/v1/observations?country=Nowhere").then().statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void pagesAreStableAndCountTheWhole() {
        Response first = given().when().get("/api/v1/observations?country=China&size=50&page=0");
        Response second = given().when().get("/api/v1/observations?country=China&size=50&page=1");
        first.then().statusCode(200).body("items", hasSize(50)).body("total", greaterThanOrEqualTo(196));
        second.then().statusCode(200).body("items", hasSize(50)).body("page", equalTo(1));
        org.junit.jupiter.api.Assertions.assertNotEquals((String) first.path("items[0].id"), (String) second.path("items[0].id"));
        given().when().get("/api/v1/observations?country=China&size=100&page=500").then().statusCode(200)
                .body("items", hasSize(0)).body("total", greaterThanOrEqualTo(196));
    }

    @Test
    void readsCarryAnETagAndAnswer304() {
        String etag = given().when().get("/api/v1/observations?initiative=" + XIANNING).then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", equalTo("public, max-age=10"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/observations?initiative=" + XIANNING).then()
                .statusCode(304);
        given().header("If-None-Match", etag).when().get("/api/v1/outcomes?initiative=" + XIANNING).then()
                .statusCode(200);
    }

    @Test
    void outcomesPairBaselineAndResultWithDirection() {
        given().when().get("/api/v1/outcomes?initiative=" + XIANNING).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.find { it.indicator == 'students_walking_to_school_share' }.absoluteChange", equalTo(65))
                .body("items.find { it.indicator == 'students_walking_to_school_share' }.improved", equalTo(true))
                .body("items.find { it.indicator == 'private_cars_school_dropoff_per_hour' }.baseline.value", equalTo(120))
                .body("items.find { it.indicator == 'private_cars_school_dropoff_per_hour' }.result.value", equalTo(8))
                .body("items.find { it.indicator == 'private_cars_school_dropoff_per_hour' }.improved", equalTo(true))
                .body("items.find { it.indicator == 'traffic_accidents_near_school_per_year' }.relativeChangePercent",
                        equalTo(-98.0f));
        given().when().get("/api/v1/outcomes?initiative=" + HONG_KONG + "&indicator=construction_time_months").then()
                .statusCode(200)
                .body("items[0].baseline.qualifier", equalTo("approximately"))
                .body("items[0].absoluteChange", equalTo(-28)).body("items[0].improved", equalTo(true));
        given().when().get("/api/v1/outcomes?initiative=" + GUANGZHOU).then().statusCode(200)
                .body("items[0].baseline.period", equalTo("2020")).body("items[0].result.period", equalTo("2022"))
                .body("items[0].result.value", equalTo(0)).body("items[0].improved", equalTo(true));
        given().when().get("/api/v1/outcomes?initiative=" + HAIKOU).then().statusCode(200)
                .body("items[0].result.qualifier", equalTo("more_than")).body("items[0].improved", equalTo(true));
        given().when().get("/api/v1/outcomes?country=China&size=100").then().statusCode(200)
                .body("total", equalTo(7));
        given().when().get("/api/v1/outcomes?country=China&improved=false").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void seriesAreOrderedByPeriod() {
        given().when().get("/api/v1/series?indicator=hospitalized_bilirubin_encephalopathy_cases").then()
                .statusCode(200).body("unit", equalTo("cases"))
                .body("items.period", contains("2020", "2022"))
                .body("items.time", contains("2020-01-01", "2022-01-01"))
                .body("items.value", contains(30, 0))
                .body("items[0].series", containsString("Neonatal"));
        given().when().get("/api/v1/series?indicator=gawc_world_city_rank&by=city").then().statusCode(200)
                .body("items.value", contains(193, 155)).body("items[0].series", startsWith("Qingdao"));
    }

    @Test
    void aggregatesGroupFromTheProjection() {
        given().when().get("/api/v1/aggregates?groupBy=city&fn=count&country=China").then().statusCode(200)
                .body("items", hasSize(14)).body("items.find { it.city == 'Haikou' }.count", equalTo(6));
        given().when().get("/api/v1/aggregates?groupBy=phase&country=China&indicator=students_walking_to_school_share&fn=avg,min,max,median")
                .then().statusCode(200)
                .body("items.find { it.phase == 'baseline' }.avg", equalTo(30))
                .body("items.find { it.phase == 'result' }.median", equalTo(95))
                .body("items.find { it.phase == 'result' }.unit", equalTo("%"));
        given().when().get("/api/v1/aggregates?groupBy=year&indicator=hospitalized_bilirubin_encephalopathy_cases&fn=sum")
                .then().statusCode(200).body("items.year", contains(2020, 2022)).body("items.sum", contains(30, 0));
    }

    @Test
    void aggregatesRefuseToMixUnits() {
        given().when().get("/api/v1/aggregates?groupBy=phase&fn=sum&initiative=" + XIANNING).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("different units (among them % and "))
                .body("violations[0].field", equalTo("fn"));
        given().when().get("/api/v1/aggregates?groupBy=indicator&fn=count&initiative=" + XIANNING).then()
                .statusCode(200);
        given().when().get("/api/v1/aggregates?fn=sum&indicator=students_walking_to_school_share").then()
                .statusCode(400).body("detail", containsString("do not add up"));
        given().when().get("/api/v1/aggregates?fn=sum,avg&country=Nowhere").then().statusCode(200)
                .body("items[0].count", equalTo(0)).body("items[0].sum", nullValue());
        given().when().get("/api/v1/aggregates?fn=median").then().statusCode(400)
                .body("violations[0].field", equalTo("indicator"));
    }

    @Test
    void aSumNeverAddsTwoCurrencies() {
        // Hong Kong's only figures of 2020: its Funding Scheme, printed in HK$ and in US$ (June 2020).
        given().when().get("/api/v1/aggregates?fn=sum&initiative=" + HONG_KONG + "&from=2020&to=2020").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("different units (among them HKD and USD)"))
                .body("violations[0].field", equalTo("fn"));
        given().when().get("/api/v1/aggregates?fn=count&initiative=" + HONG_KONG + "&from=2020&to=2020").then()
                .statusCode(200).body("items[0].count", equalTo(2)).body("items[0].unit", nullValue());
        given().when().get("/api/v1/aggregates?fn=sum&indicator=transitional_housing_funding").then().statusCode(200)
                .body("items[0].unit", equalTo("HKD")).body("items[0].sum", equalTo(11600000000L));
        given().when().get("/api/v1/observations?indicator=transitional_housing_funding_usd").then().statusCode(200)
                .body("items[0].value", equalTo(1.49f)).body("items[0].unit", equalTo("billion US$"))
                .body("items[0].normalizedValue", equalTo(1.49e9f)).body("items[0].indicatorUnit", equalTo("USD"));
    }

    @Test
    void contextFiguresSetTheSceneAndAreNoOutcomes() {
        // Bijie's June 2016 flood, before the project: its rainfall, and its losses in yuan and, as printed, in USD.
        given().when().get("/api/v1/observations?initiative=" + BIJIE + "&phase=context").then().statusCode(200)
                .body("total", equalTo(3)).body("items.phase", everyItem(equalTo("context")))
                .body("items.indicator", containsInAnyOrder("flood_daily_rainfall", "flood_direct_economic_losses",
                        "flood_direct_economic_losses_usd"))
                .body("items.find { it.indicator == 'flood_direct_economic_losses' }.normalizedValue", equalTo(100000000))
                .body("items.find { it.indicator == 'flood_direct_economic_losses' }.indicatorUnit", equalTo("CNY"));
        given().when().get("/api/v1/outcomes?initiative=" + BIJIE).then().statusCode(200).body("total", equalTo(0));
        given().when().get("/api/v1/aggregates?groupBy=phase&fn=count&initiative=" + BIJIE).then().statusCode(200)
                .body("items.find { it.phase == 'context' }.count", equalTo(3));
    }

    @Test
    void perCapitaDividesByTheCitysPopulation() {
        // Shijiazhuang: about 5.2 million direct beneficiaries; the catalogue prints its population.
        given().when().get("/api/v1/aggregates?groupBy=city&indicator=direct_beneficiaries&fn=sum&per=1000people").then()
                .statusCode(200).body("per", equalTo("1000people"))
                .body("items[0].unit", equalTo("people per 1000 people"))
                .body("items[0].sum", notNullValue());
        given().when().get("/api/v1/aggregates?groupBy=city&indicator=students_walking_to_school_share&fn=avg&per=capita")
                .then().statusCode(400).body("detail", containsString("population"));
    }

    @Test
    void aCsvPageCarriesItsPlaceInTheListAsHeaders() {
        given().when().get("/api/v1/observations?format=csv&size=3&initiative=" + HAIKOU).then().statusCode(200)
                .header("X-Total-Count", "6")
                .header("Link", allOf(containsString("page=1"), containsString("size=3"), containsString("initiative=" + HAIKOU),
                        containsString("rel=\"next\""), not(containsString("rel=\"prev\""))));
        given().when().get("/api/v1/observations?format=csv&size=3&page=1&initiative=" + HAIKOU).then().statusCode(200)
                .header("X-Total-Count", "6")
                .header("Link", allOf(containsString("page=0"), containsString("rel=\"prev\""), not(containsString("rel=\"next\""))));
        given().when().get("/api/v1/aggregates?format=csv&groupBy=city").then().statusCode(200)
                .header("X-Total-Count", nullValue());
    }

    @Test
    void csvHasOneHeaderRowAndTheSameRows() {
        String csv = given().accept("text/csv").when().get("/api/v1/observations?initiative=" + HAIKOU).then()
                .statusCode(200).contentType(startsWith("text/csv")).header("Vary", containsString("Accept"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        org.junit.jupiter.api.Assertions.assertEquals(7, lines.length);
        org.junit.jupiter.api.Assertions.assertTrue(lines[0].startsWith("id,initiativeId,initiative,cityId,city,country,indicator"));
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("\"more_than\""));
        given().when().get("/api/v1/outcomes?format=csv&initiative=" + XIANNING).then().statusCode(200)
                .contentType(startsWith("text/csv")).body(startsWith("initiativeId,initiative,city"));
        given().when().get("/api/v1/aggregates?format=csv&groupBy=city&country=China").then().statusCode(200)
                .body(startsWith("city,cityId,unit,count\r\n"));
        given().when().get("/api/v1/series?format=csv&indicator=gawc_world_city_rank").then().statusCode(200)
                .body(startsWith("series,initiativeId,cityId,city,phase,period,time,value,unit,observations\r\n"));
        given().when().get("/api/v1/indicators?format=csv").then().statusCode(200)
                .body(startsWith("code,name,description,unit,direction"));
    }

    @Test
    void dashboardsReadTheRollupAndOnlyAMedianReadsObservations() {
        given().auth().oauth2(org.urbaninnovation.testsupport.Tokens.admin())
                .when().get("/internal/v1/explain/aggregates?groupBy=theme&fn=sum&indicator=direct_beneficiaries")
                .then().statusCode(200).contentType(startsWith("text/plain"))
                .body(containsString("observation_rollup")).body(containsString("Execution Time"));
        given().auth().oauth2(org.urbaninnovation.testsupport.Tokens.admin())
                .when().get("/internal/v1/explain/aggregates?groupBy=theme&fn=median&indicator=direct_beneficiaries")
                .then().statusCode(200).body(not(containsString("observation_rollup")));
    }

    @Test
    void everyEndpointIsInTheOpenApiDocument() {
        var openapi = given().accept("application/json").when().get("/q/openapi").then().statusCode(200);
        for (String path : java.util.List.of("/api/v1/indicators", "/api/v1/indicators/{code}", "/api/v1/observations",
                "/api/v1/outcomes", "/api/v1/series", "/api/v1/aggregates", "/internal/v1/projection",
                "/internal/v1/projection/poll", "/internal/v1/projection/replay", "/internal/v1/rollup/rebuild",
                "/internal/v1/explain/aggregates", "/internal/v1/explain/observations", "/internal/v1/explain/series")) {
            openapi.body("paths", org.hamcrest.Matchers.hasKey(path));
        }
        openapi.body("paths.'/api/v1/aggregates'.get.parameters.name", hasItem("groupBy"));
    }

    @Test
    void unknownProjectionFieldsStayNullNotInvented() {
        given().when().get("/api/v1/outcomes?initiative=" + XIANNING).then().statusCode(200)
                .body("items[0].country", equalTo("China")).body("items[0].scope", equalTo(""))
                .body("items[0].baseline.low", nullValue());
    }
}

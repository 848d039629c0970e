package org.urbaninnovation.catalog.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.catalog.domain.SearchResult;
import org.urbaninnovation.catalog.domain.SearchResult.FacetCount;
import org.urbaninnovation.commons.http.Csv;

/** The search page and the export as their JSON shape and their CSV rows, without a server. */
class TabularAnswersTest {

    private static final UUID ID = UUID.fromString("11111111-0000-4000-8000-000000000014");
    private static final UUID CITY = UUID.fromString("22222222-0000-4000-8000-000000000014");
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2026-11-28T10:00:00Z");

    private static SearchResult.Hit hit(String cycle) {
        return new SearchResult.Hit(ID, "xiamen-lagoon", "Lagoon \"resilience\"", CITY, "xiamen", "Xiamen", "China", cycle,
                null, List.of("environmental", "governance"), List.of(11, 14, 15), PUBLISHED, 0.5, "<mark>Lagoon</mark>",
                "a <mark>lagoon</mark>");
    }

    @Test
    void everyFacetIsListedItsValuesMostFrequentFirst() {
        SearchResult result = new SearchResult(List.of(hit(null)), 1, true, List.of(new FacetCount("city", "xiamen", 1),
                new FacetCount("theme", "governance", 2), new FacetCount("theme", "economic", 5),
                new FacetCount("theme", "environmental", 2)));
        SearchResponse page = SearchResponse.of(result, 0, 20);
        assertEquals(List.of("theme", "city", "country", "sdg", "innovationType", "cycle"), List.copyOf(page.facets().keySet()));
        assertEquals(List.of(new SearchResponse.FacetValue("economic", 5), new SearchResponse.FacetValue("environmental", 2),
                new SearchResponse.FacetValue("governance", 2)), page.facets().get("theme"));
        assertEquals(List.of(), page.facets().get("sdg"));
    }

    @Test
    void aSearchPageAsCsvHasOneHeaderRowAndARowPerItem() {
        SearchResponse page = SearchResponse.of(new SearchResult(List.of(hit("gz-award-6"), hit(null)), 2, true, List.of()), 0, 20);
        assertEquals("id,slug,title,city,country,cycle,innovationType,themes,sdgs,publishedAt\r\n"
                + "\"" + ID + "\",\"xiamen-lagoon\",\"Lagoon \"\"resilience\"\"\",\"Xiamen\",\"China\",\"gz-award-6\",,"
                + "\"environmental;governance\",\"11;14;15\",\"2026-11-28T10:00Z\"\r\n"
                + "\"" + ID + "\",\"xiamen-lagoon\",\"Lagoon \"\"resilience\"\"\",\"Xiamen\",\"China\",,,"
                + "\"environmental;governance\",\"11;14;15\",\"2026-11-28T10:00Z\"\r\n",
                Csv.of(page.csvHeader(), page.csvRows()));
    }

    @Test
    void theExportAddsEachInitiativesStatus() {
        InitiativeDetail withdrawn = new InitiativeDetail(ID, "xiamen-lagoon", "Lagoon", null,
                new CityRef(CITY, "xiamen", "Xiamen", "China"), null, null, Map.of(), "incremental", List.of("environmental"),
                List.of(), List.of(11), List.of(), null, "withdrawn", PUBLISHED, PUBLISHED);
        InitiativeExport export = new InitiativeExport(List.of(withdrawn));
        assertEquals("id,slug,title,city,country,cycle,innovationType,themes,sdgs,publishedAt,status\r\n"
                + "\"" + ID + "\",\"xiamen-lagoon\",\"Lagoon\",\"Xiamen\",\"China\",,\"incremental\",\"environmental\","
                + "\"11\",\"2026-11-28T10:00Z\",\"withdrawn\"\r\n",
                Csv.of(export.csvHeader(), export.csvRows()));
    }
}

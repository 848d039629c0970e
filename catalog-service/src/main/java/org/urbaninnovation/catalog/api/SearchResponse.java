package org.urbaninnovation.catalog.api;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.urbaninnovation.catalog.domain.SearchResult;
import org.urbaninnovation.commons.http.Tabular;
import org.urbaninnovation.commons.paging.Paged;

/**
 * A page of search results with the facets of the whole result. {@code totalExact} is false when
 * more initiatives matched than the search ranks; {@code total} is then a lower bound, and the
 * facets count the ranked ones. As CSV: a row per item (the page's place in the list goes into
 * headers).
 */
public record SearchResponse(List<InitiativeSummary> items, int page, int size, long total, boolean totalExact,
        Map<String, List<FacetValue>> facets) implements Paged, Tabular {

    /** The facets, in the order a search page shows them. */
    private static final List<String> FACETS = List.of("theme", "city", "country", "sdg", "innovationType", "cycle");

    public record FacetValue(String value, long count) {
    }

    /** Every facet, its values by count, most first (equal counts by value). */
    static SearchResponse of(SearchResult result, int page, int size) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String facet : FACETS) {
            facets.put(facet, result.facets().stream().filter(f -> f.facet().equals(facet))
                    .sorted(Comparator.comparingLong(SearchResult.FacetCount::count).reversed()
                            .thenComparing(SearchResult.FacetCount::value))
                    .map(f -> new FacetValue(f.value(), f.count())).toList());
        }
        return new SearchResponse(result.hits().stream().map(InitiativeSummary::of).toList(), page, size, result.total(),
                result.totalExact(), facets);
    }

    @Override
    public List<String> csvHeader() {
        return InitiativeSummary.COLUMNS.header();
    }

    @Override
    public List<? extends List<?>> csvRows() {
        return InitiativeSummary.COLUMNS.rows(items);
    }
}

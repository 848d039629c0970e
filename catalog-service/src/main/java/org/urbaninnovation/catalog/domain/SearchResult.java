package org.urbaninnovation.catalog.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A page of search results and the facets of the whole result. When more initiatives matched than
 * a search ranks ({@code catalog.search.candidate-cap}), {@code totalExact} is false, {@code total}
 * is that cap, and the facets count the ranked ones.
 */
public record SearchResult(List<Hit> hits, long total, boolean totalExact, List<FacetCount> facets) {

    /** What a search that can match nothing finds. */
    public static final SearchResult NOTHING = new SearchResult(List.of(), 0, true, List.of());

    /** A matching initiative with what a result list shows; rank and highlights only in a text search. */
    public record Hit(UUID id, String slug, String title, UUID cityId, String citySlug, String cityName, String country,
            String cycle, String innovationType, List<String> themes, List<Integer> sdgs, OffsetDateTime publishedAt,
            Double rank, String titleHighlight, String textHighlight) {
    }

    /** How many matches have this value of a facet (theme, sdg, city, country, innovationType, cycle). */
    public record FacetCount(String facet, String value, long count) {
    }
}

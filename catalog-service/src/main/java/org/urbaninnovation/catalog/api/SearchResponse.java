package org.urbaninnovation.catalog.api;

import java.util.List;
import java.util.Map;

import org.urbaninnovation.commons.paging.Paged;

/**
 * A page of search results with the facets of the whole result. {@code totalExact} is false when
 * more initiatives matched than the search ranks; {@code total} is then a lower bound, and the
 * facets count the ranked ones.
 */
public record SearchResponse(List<InitiativeSummary> items, int page, int size, long total, boolean totalExact,
        Map<String, List<FacetValue>> facets) implements Paged {

    public record FacetValue(String value, long count) {
    }
}

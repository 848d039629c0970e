package org.urbaninnovation.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** What makes two searches the same answer for the cache, and what empties it. */
class SearchCacheKeyTest {

    private final AtomicInteger searches = new AtomicInteger();
    private final SearchCache cache = new SearchCache(InMemoryCatalogue.searchSettings(Duration.ofMinutes(1)),
            new SimpleMeterRegistry());

    private void search(String q, String country, int page) {
        SearchCriteria criteria = new SearchCriteria(SearchQuery.parse(q), null, country, null, null, null, null,
                SearchCriteria.Sort.RELEVANCE, page, 20);
        cache.get(criteria, () -> new SearchResult(List.of(), searches.incrementAndGet(), true, List.of()));
    }

    @Test
    void theSameQueryAndFiltersInAnotherSpellingAreOneAnswer() {
        search("flood control", "China", 0);
        search("flood   control", "china", 0);
        assertEquals(1, searches.get(), "the same tsquery, the country in any case");
    }

    @Test
    void anotherPageOrFilterIsAnotherAnswer() {
        search("flood", null, 0);
        search("flood", null, 1);
        search("flood", "china", 0);
        search("\"flood\" control", null, 0);
        assertEquals(4, searches.get());
    }

    @Test
    void aWrittenChangeEmptiesTheCache() {
        search("flood", null, 0);
        cache.changed(new CatalogChanged());
        search("flood", null, 0);
        assertEquals(2, searches.get());
    }
}

package org.urbaninnovation.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SearchCriteriaTest {

    private static SearchCriteria text(String q) {
        return new SearchCriteria(q == null ? null : SearchQuery.parse(q), null, null, null, null, null, null,
                SearchCriteria.Sort.RELEVANCE, 0, 20);
    }

    @Test
    void punctuationAloneSearchesNothingWhileNoTextListsEverything() {
        assertTrue(text("!!! ;;").searchesNothing());
        assertFalse(text("!!! ;;").hasText());
        assertFalse(text(null).searchesNothing());
        assertFalse(text(null).hasText());
        assertTrue(text("flood").hasText());
    }

    @Test
    void sortsAreNamedAsTheQueryParameterNamesThem() {
        assertEquals(Optional.of(SearchCriteria.Sort.PUBLISHED_AT_DESC), SearchCriteria.Sort.fromParameter("-publishedAt"));
        assertEquals(Optional.of(SearchCriteria.Sort.CITY), SearchCriteria.Sort.fromParameter("city"));
        assertEquals(Optional.empty(), SearchCriteria.Sort.fromParameter("popularity"));
    }
}

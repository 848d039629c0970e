package org.urbaninnovation.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void wordsAreAnded() {
        assertEquals("'flood' & 'control'", SearchQuery.parse("flood control").tsquery());
    }

    @Test
    void quotedWordsFormAPhrase() {
        assertEquals("('transitional' <-> 'housing')", SearchQuery.parse("\"transitional housing\"").tsquery());
    }

    @Test
    void unterminatedQuoteStillMakesAPhrase() {
        assertEquals("('transitional' <-> 'housing')", SearchQuery.parse("\"transitional housing").tsquery());
    }

    @Test
    void phraseBecomesAndForAVectorWithoutPositions() {
        SearchQuery query = SearchQuery.parse("\"transitional housing\" hong");
        assertTrue(query.hasPhrase());
        assertEquals("('transitional' & 'housing') & 'hong'", query.withoutPositions());
    }

    @Test
    void trailingStarMeansPrefix() {
        assertEquals("'renew':*", SearchQuery.parse("renew*").tsquery());
    }

    @Test
    void hyphenatedWordsSplitIntoTerms() {
        assertEquals("'bee' & 'eater'", SearchQuery.parse("bee-eater").tsquery());
    }

    @Test
    void accentsAndNonLatinLettersAreKept() {
        assertEquals("'Fúzhōu' & '福州'", SearchQuery.parse("Fúzhōu 福州").tsquery());
    }

    @Test
    void operatorsAndQuotesCannotReachTheQuery() {
        assertEquals("'drop' & 'table' & 'initiative'", SearchQuery.parse("'; drop table initiative; --").tsquery());
        assertEquals("'script' & 'alert' & '1' & 'script'", SearchQuery.parse("<script>alert(1)</script>").tsquery());
        assertEquals("'a':* & 'b'", SearchQuery.parse("a:* | !b &").tsquery());
    }

    @Test
    void punctuationAloneSearchesNothing() {
        assertTrue(SearchQuery.parse("!!! -- ;;").isEmpty());
    }
}

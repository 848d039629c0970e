package org.urbaninnovation.catalog.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Highlights mark what the catalog_search configuration would match; tsqueries as PostgreSQL prints them. */
class HighlighterTest {

    @Test
    void wordsAreMarkedByTheirStem() {
        Highlighter h = new Highlighter("'transit' <-> 'hous'");
        assertEquals("<mark>Transitional</mark> <mark>Housing</mark>", h.all("Transitional Housing"));
        assertEquals("Modular <mark>houses</mark>, <mark>transit</mark> hubs", h.all("Modular houses, transit hubs"));
    }

    @Test
    void prefixTermsMarkEveryWordStartingSo() {
        Highlighter h = new Highlighter("'renew':*");
        assertEquals("Urban <mark>renewal</mark> and <mark>renewable</mark> energy", h.all("Urban renewal and renewable energy"));
    }

    @Test
    void accentsDoNotMatterAndDigitsAreKept() {
        Highlighter h = new Highlighter("'fuzhou' & '2030'");
        assertEquals("<mark>Fúzhōu</mark> by <mark>2030</mark>", h.all("Fúzhōu by 2030"));
        assertFalse(h.matches("2031"));
    }

    @Test
    void textIsEscaped() {
        Highlighter h = new Highlighter("'flood'");
        assertEquals("&lt;b&gt; <mark>Floods</mark> &amp; rain", h.all("<b> Floods & rain"));
    }

    @Test
    void snippetsStartShortlyBeforeTheFirstMatches() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append(i == 50 || i == 90 ? "flooding" : "word" + i).append(' ');
        }
        String snippet = new Highlighter("'flood'").snippet(text.toString());
        String[] fragments = snippet.split(Highlighter.FRAGMENT_DELIMITER);
        assertEquals(2, fragments.length, snippet);
        assertTrue(fragments[0].startsWith("word42 "), snippet);
        assertTrue(fragments[0].contains("<mark>flooding</mark>"), snippet);
        assertTrue(fragments[1].contains("<mark>flooding</mark>"), snippet);
        assertEquals(Highlighter.FRAGMENT_WORDS, fragments[0].split(" ").length);
    }

    @Test
    void withoutAMatchTheSnippetIsTheOpening() {
        assertEquals("A quiet start.", new Highlighter("'flood'").snippet("A quiet start."));
        assertEquals("", new Highlighter("'flood'").snippet(""));
    }
}

package org.urbaninnovation.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void marksStayAndEveryOtherTagIsEscapedAgain() {
        assertEquals("Blue-Tailed <mark>Bee</mark>-Eaters &lt;script&gt;x&lt;/script&gt;",
                Highlights.safe("Blue-Tailed <mark>Bee</mark>-Eaters <script>x</script>"));
    }

    @Test
    void aMarkLeftOpenIsClosedAndAStrayCloseIsDropped() {
        assertEquals("<mark>a</mark>b", Highlights.safe("</mark><mark>a</mark></mark>b"));
        assertEquals("<mark>open</mark>", Highlights.safe("<mark>open"));
    }
}

package org.urbaninnovation.metrics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The codes of indicators made of outcome claims: the indicators' own pattern, ^[a-z0-9_]{1,80}$. */
class ClaimedIndicatorsTest {

    @Test
    void aNameBecomesLowercaseWordsJoinedByUnderscores() {
        assertEquals("co2_emissions_per_capita", ClaimedIndicators.code("CO₂ emissions, per capita", 80));
        assertEquals("share_of_green_space_percent", ClaimedIndicators.code("Share of green space (%)", 80));
        assertEquals("nacimientos_en_el_hospital", ClaimedIndicators.code("Nacimientos en él hospital", 80));
    }

    @Test
    void aLongNameIsCutAndNothingUsableIsAnIndicator() {
        assertEquals("a_b", ClaimedIndicators.code("a b c", 4));
        assertEquals("indicator", ClaimedIndicators.code("— ∞ —", 80));
    }
}

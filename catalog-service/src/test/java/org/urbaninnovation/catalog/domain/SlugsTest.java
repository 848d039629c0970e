package org.urbaninnovation.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void wordsAreLowercasedAndJoinedByHyphens() {
        assertEquals("haikou-protection-of-blue-tailed-bee-eaters", Slugs.of("Haikou Protection of Blue-Tailed Bee-Eaters"));
    }

    @Test
    void accentsAreDroppedAndPunctuationSeparatesWords() {
        assertEquals("fuzhou-water-governance-2030", Slugs.of("Fúzhōu: Water Governance (2030)!"));
    }

    @Test
    void aLongTitleIsCutAtTheLastWholeWordWithinTheLimit() {
        String slug = Slugs.of("integrated and smart neonatal health management system empowering mothers the family and the community");
        assertEquals("integrated-and-smart-neonatal-health-management-system-empowering-mothers-the", slug);
        assertTrue(slug.length() <= Slugs.MAX_LENGTH);
    }

    @Test
    void textWithoutLettersOrDigitsStillGetsASlug() {
        assertEquals("initiative", Slugs.of("福州 !!!"));
    }

    @Test
    void everySlugMadeHereIsOneTheApiAccepts() {
        for (String text : new String[] { "Haikou Bee-eaters", "  -- Zhāngyuán --  ", "A".repeat(200), "福州" }) {
            assertTrue(Slugs.of(text).matches(Slugs.PATTERN), text);
        }
    }

    @Test
    void aSuffixGoesAfterTheSlugWhichGivesUpWholeWordsToStayWithinTheLimit() {
        assertEquals("xianning-elsewhere", Slugs.withSuffix("xianning", "Elsewhere"));
        String long80 = Slugs.of("integrated and smart neonatal health management system empowering mothers the family");
        String suffixed = Slugs.withSuffix(long80, "gz-award-7");
        assertEquals("integrated-and-smart-neonatal-health-management-system-empowering-gz-award-7", suffixed);
        assertTrue(suffixed.length() <= Slugs.MAX_LENGTH);
        assertEquals("a".repeat(69) + "-gz-award-7", Slugs.withSuffix("a".repeat(80), "gz-award-7"));
    }
}

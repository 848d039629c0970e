package org.urbaninnovation.submissions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.submissions.domain.submission.WordCount;
import org.urbaninnovation.submissions.domain.submission.WordCount.SectionWords;

class WordCountTest {

    @Test
    void wordsAreRunsOfLettersAndDigitsWhateverTheSpacing() {
        assertEquals(0, WordCount.of(null));
        assertEquals(0, WordCount.of("   \n\t "));
        assertEquals(5, WordCount.of("  Parents organized four\n\n walking   buses. "));
        assertEquals(7, WordCount.of("The share rose from 30% to 95%."));
    }

    @Test
    void hyphensAndApostrophesJoinAWordAndPunctuationIsNotOne() {
        assertEquals(4, WordCount.of("A child-friendly city's streets"));
        assertEquals(3, WordCount.of("safety — and (space) !!!"));
        assertEquals(2, WordCount.of("Haikou’s bee-eaters"));
    }

    @Test
    void everyChineseCharacterIsAWord() {
        assertEquals(4, WordCount.of("儿童友好"));
        assertEquals(6, WordCount.of("Xianning 咸宁市 school 2023"));
    }

    @Test
    void everySectionIsCountedAgainstItsLimitWrittenOrNot() {
        Map<String, SectionWords> counts = WordCount.perSection(Map.of("abstract", "one two three", "lessons", "one two"),
                Map.of("abstract", 2, "lessons", 2, "background", 600));
        assertEquals(new SectionWords(3, 2, true), counts.get("abstract"));
        assertEquals(new SectionWords(2, 2, false), counts.get("lessons"));
        assertEquals(new SectionWords(0, 600, false), counts.get("background"));
        assertEquals(7, counts.size());
    }
}

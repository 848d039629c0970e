package org.urbaninnovation.submissions.domain.submission;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.urbaninnovation.submissions.domain.cycle.Sections;

/**
 * Words as a reader counts them: runs of letters and digits, joined by an apostrophe or a hyphen
 * ("child-friendly" is one word, "30%" is one); a Chinese or Japanese character is a word of its
 * own, since those scripts put no spaces between words.
 */
public final class WordCount {

    private static final Pattern WORD = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]"
                    + "|[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+"
                    + "(?:['’\\-][\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+)*");

    private WordCount() {
    }

    public static int of(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int words = 0;
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words++;
        }
        return words;
    }

    /** Every section of the award, written or not, with its words against the cycle's limit. */
    public static Map<String, SectionWords> perSection(Map<String, String> sections, Map<String, Integer> limits) {
        Map<String, SectionWords> counts = new LinkedHashMap<>();
        for (String section : Sections.ALL) {
            Integer limit = limits.get(section);
            int words = of(sections.get(section));
            counts.put(section, new SectionWords(words, limit, limit != null && words > limit));
        }
        return counts;
    }

    /** A section's words, its limit and whether it is over. */
    public record SectionWords(int words, Integer limit, boolean over) {
    }
}

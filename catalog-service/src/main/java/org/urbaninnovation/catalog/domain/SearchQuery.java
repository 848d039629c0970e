package org.urbaninnovation.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user typed in the search box, turned into PostgreSQL {@code tsquery} syntax: words are
 * ANDed, {@code "quoted words"} must stand next to each other, {@code renew*} matches by prefix.
 * Only letters and digits reach the query, so no input can change its structure: SQL or script
 * text is searched as the words it contains.
 */
public record SearchQuery(String text, String tsquery) {

    public static final int MAX_LENGTH = 200;

    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"?|(\\S+)");
    private static final Pattern WORD_PARTS = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern QUOTED_WORD = Pattern.compile("'([^']*)'");

    public static SearchQuery parse(String text) {
        List<String> terms = new ArrayList<>();
        Matcher tokens = TOKEN.matcher(text == null ? "" : text);
        while (tokens.find()) {
            if (tokens.group(1) != null) {
                List<String> words = words(tokens.group(1));
                if (!words.isEmpty()) {
                    terms.add(words.size() == 1 ? words.get(0) : "(" + String.join(" <-> ", words) + ")");
                }
            } else {
                String token = tokens.group(2);
                boolean prefix = token.endsWith("*");
                List<String> words = words(token);
                for (int i = 0; i < words.size(); i++) {
                    boolean last = i == words.size() - 1;
                    terms.add(words.get(i) + (prefix && last ? ":*" : ""));
                }
            }
        }
        return new SearchQuery(text, String.join(" & ", terms));
    }

    /** Whether word order matters: only the positional vector can check a phrase. */
    public boolean hasPhrase() {
        return tsquery.contains("<->");
    }

    /**
     * The query for a vector without positions: phrases become plain AND, since such a vector
     * cannot match a phrase at all; the phrase itself is then checked on the positional vector.
     */
    public String withoutPositions() {
        return tsquery.replace(" <-> ", " & ");
    }

    /** Whether a term matches by prefix: such a term can stand for many words. */
    public boolean hasPrefix() {
        return tsquery.contains(":*");
    }

    /** The words searched for, without operators, separated by spaces. */
    public String words() {
        List<String> words = new ArrayList<>();
        Matcher quoted = QUOTED_WORD.matcher(tsquery);
        while (quoted.find()) {
            words.add(quoted.group(1));
        }
        return String.join(" ", words);
    }

    /** Whether anything searchable remains (punctuation alone leaves nothing). */
    public boolean isEmpty() {
        return tsquery.isEmpty();
    }

    private static List<String> words(String fragment) {
        List<String> words = new ArrayList<>();
        Matcher parts = WORD_PARTS.matcher(fragment);
        while (parts.find()) {
            words.add("'" + parts.group() + "'");
        }
        return words;
    }
}

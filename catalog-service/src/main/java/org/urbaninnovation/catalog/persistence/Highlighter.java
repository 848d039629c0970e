package org.urbaninnovation.catalog.persistence;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The highlights of a page of search results, computed here rather than by ts_headline, which
 * parsed every text again (16 KB per page; bench/README.md, search section, "What made a search
 * 3–4 times cheaper"). A word is marked when it reduces to one of the query's lexemes (or starts
 * with a prefix term's) as the {@code catalog_search} configuration reduces it: lower case,
 * accents removed (unaccent), then the Snowball English stemmer, the algorithm of PostgreSQL's
 * {@code english_stem}; words with digits are kept as they are. Text is HTML-escaped and matches
 * are wrapped in {@code <mark>}. One instance per query.
 */
final class Highlighter {

    static final int FRAGMENT_WORDS = 30;
    static final int WORDS_BEFORE_MATCH = 8;
    static final int MAX_FRAGMENTS = 2;
    static final String FRAGMENT_DELIMITER = " … ";
    static final int SNIPPET_SCAN = 2000;

    /** A lexeme in a tsquery's text: quoted, quotes doubled inside, {@code :*} after a prefix. */
    private static final Pattern TERM = Pattern.compile("'((?:[^']|'')*)'(:\\*)?");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Set<String> lexemes = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();
    /** First letters of the terms (ASCII; any other first letter is always examined). */
    private final boolean[] initials = new boolean[128];
    private final Map<String, Boolean> decided = new HashMap<>();
    private final EnglishStemmer stemmer = new EnglishStemmer();

    /** @param tsquery the query as PostgreSQL prints it, e.g. {@code 'transit' <-> 'hous' & 'renew':*} */
    Highlighter(String tsquery) {
        Matcher terms = TERM.matcher(tsquery == null ? "" : tsquery);
        while (terms.find()) {
            String lexeme = terms.group(1).replace("''", "'");
            if (lexeme.isEmpty()) {
                continue;
            }
            (terms.group(2) != null ? prefixes : lexemes).add(lexeme);
            char first = lexeme.charAt(0);
            if (first < 128) {
                initials[first] = true;
            }
        }
    }

    /** The whole text, every match marked (for titles). */
    String all(String text) {
        List<Word> words = new ArrayList<>();
        for (int at = 0; (at = nextWord(text, at, text.length(), words)) >= 0;) {
        }
        return render(text, words, 0, words.size(), 0, text.length());
    }

    /**
     * Up to {@value #MAX_FRAGMENTS} fragments of about {@value #FRAGMENT_WORDS} words, each starting
     * a few words before a match found in the first {@value #SNIPPET_SCAN} characters; the opening
     * words when nothing matches there (often the match is in the title or the tags). Reads the text
     * only as far as the fragments reach.
     */
    String snippet(String text) {
        List<Word> words = new ArrayList<>();
        List<String> fragments = new ArrayList<>();
        int from = -1;
        int next = 0;
        int at = 0;
        int limit = Math.min(text.length(), SNIPPET_SCAN);
        while (fragments.size() < MAX_FRAGMENTS && (at = nextWord(text, at, from < 0 ? limit : text.length(), words)) >= 0) {
            int last = words.size() - 1;
            if (from < 0 && words.get(last).marked()) {
                from = Math.max(next, last - WORDS_BEFORE_MATCH);
            }
            if (from >= 0 && last + 1 - from == FRAGMENT_WORDS) {
                fragments.add(fragment(text, words, from, last + 1));
                next = last + 1;
                from = -1;
            }
        }
        if (from >= 0) {
            fragments.add(fragment(text, words, from, words.size()));
        }
        if (fragments.isEmpty() && !words.isEmpty()) {
            fragments.add(fragment(text, words, 0, Math.min(words.size(), FRAGMENT_WORDS)));
        }
        return String.join(FRAGMENT_DELIMITER, fragments);
    }

    private record Word(int start, int end, boolean marked) {
    }

    /** Adds the next word (letters and digits) from {@code at}; the position after it, or -1 at {@code limit}. */
    private int nextWord(String text, int at, int limit, List<Word> words) {
        int start = at;
        while (start < limit && !isWordChar(text.charAt(start))) {
            start++;
        }
        if (start >= limit) {
            return -1;
        }
        int end = start;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        words.add(new Word(start, end, mayMatch(text.charAt(start)) && matches(text.substring(start, end))));
        return end;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
    }

    /** The words from {@code from} to {@code to}; a short one (the text ended) keeps the punctuation after its last word. */
    private String fragment(String text, List<Word> words, int from, int to) {
        int end = words.get(to - 1).end();
        if (to - from < FRAGMENT_WORDS) {
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
        }
        return render(text, words, from, to, words.get(from).start(), end);
    }

    /** Words {@code from} to {@code to} and the text between them, within {@code [start, end)}. */
    private static String render(String text, List<Word> words, int from, int to, int start, int end) {
        StringBuilder out = new StringBuilder(end - start + 32);
        int at = start;
        for (int i = from; i < to; i++) {
            Word word = words.get(i);
            escape(text, at, word.start(), out);
            if (word.marked()) {
                out.append("<mark>");
                escape(text, word.start(), word.end(), out);
                out.append("</mark>");
            } else {
                escape(text, word.start(), word.end(), out);
            }
            at = word.end();
        }
        escape(text, at, end, out);
        return out.toString();
    }

    /** Cheap first test: a word can only match if it starts like a term, or with a letter unaccent may change. */
    private boolean mayMatch(char first) {
        return first > 127 || initials[Character.toLowerCase(first)];
    }

    boolean matches(String word) {
        return decided.computeIfAbsent(word.toLowerCase(Locale.ROOT), this::reducesToATerm);
    }

    private boolean reducesToATerm(String lower) {
        String plain = isAscii(lower) ? lower : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String lexeme = plain.chars().anyMatch(Character::isDigit) ? plain : stem(plain);
        return lexemes.contains(lexeme) || prefixes.stream().anyMatch(lexeme::startsWith);
    }

    private String stem(String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static void escape(String text, int start, int end, StringBuilder out) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
    }
}

package org.urbaninnovation.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English-like vocabulary in rank order, sampled with a Zipf-Mandelbrot distribution
 * (weight of rank r is 1 / (r + 2.7)^s): the words of a real document, most frequent first,
 * followed by generated pronounceable words for the long tail.
 */
final class Vocabulary {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    private final String[] words;

    Vocabulary(List<String> words) {
        this.words = words.toArray(String[]::new);
    }

    int size() {
        return words.length;
    }

    String word(int rank) {
        return words[rank];
    }

    /** A sampler over ranks [from, to) of this vocabulary. */
    Sampler sampler(int from, int to, double exponent) {
        return new Sampler(this, from, Math.min(to, words.length), exponent);
    }

    /** The words of a text, lower-cased, most frequent first (ties in order of first appearance). */
    static List<String> wordsByFrequency(Path source) throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if ((w.length() < 2 && !w.equals("a")) || w.length() > 20) {
                continue;
            }
            counts.merge(w, 1, Integer::sum);
            firstSeen.putIfAbsent(w, firstSeen.size());
        }
        List<String> words = new ArrayList<>(counts.keySet());
        words.sort((a, b) -> {
            int c = Integer.compare(counts.get(b), counts.get(a));
            return c != 0 ? c : Integer.compare(firstSeen.get(a), firstSeen.get(b));
        });
        return words;
    }

    private static final String[] ONSETS = {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t",
            "v", "w", "b", "c", "d", "g", "l", "m", "n", "p", "r", "s", "t", "br", "cr", "dr", "fr", "gr", "pr", "tr",
            "bl", "cl", "pl", "st", "sp", "sh", "ch", "th", ""};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "e", "i", "o", "a", "e", "ai", "ea", "ou",
            "io", "ee"};
    private static final String[] CODAS = {"n", "r", "l", "s", "t", "m", "nd", "st", "ck", "nt", "rd", "ng", "x"};

    /** Pronounceable made-up words (mostly two syllables), none of them in {@code avoid}. */
    static List<String> generatedWords(int count, long seed, Set<String> avoid) {
        SplittableRandom rng = new SplittableRandom(seed);
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < count) {
            String w = pseudoWord(rng, rng.nextInt(4) == 0 ? 3 : 2);
            if (w.length() >= 4 && w.length() <= 12 && !avoid.contains(w)) {
                out.add(w);
            }
        }
        return new ArrayList<>(out);
    }

    static String pseudoWord(SplittableRandom rng, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            sb.append(ONSETS[rng.nextInt(ONSETS.length)]).append(VOWELS[rng.nextInt(VOWELS.length)]);
            if ((s == syllables - 1 && rng.nextInt(3) > 0) || rng.nextInt(5) == 0) {
                sb.append(CODAS[rng.nextInt(CODAS.length)]);
            }
        }
        return sb.toString();
    }

    /** Zipf-Mandelbrot over a range of ranks, by binary search in the cumulative weights. */
    static final class Sampler {
        private final Vocabulary vocabulary;
        private final int from;
        private final double[] cumulative;

        Sampler(Vocabulary vocabulary, int from, int to, double exponent) {
            this.vocabulary = vocabulary;
            this.from = from;
            this.cumulative = new double[to - from];
            double sum = 0;
            for (int r = from; r < to; r++) {
                sum += 1.0 / Math.pow(r + 2.7, exponent);
                cumulative[r - from] = sum;
            }
        }

        String next(SplittableRandom rng) {
            double u = rng.nextDouble() * cumulative[cumulative.length - 1];
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] < u) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return vocabulary.word(from + lo);
        }
    }
}

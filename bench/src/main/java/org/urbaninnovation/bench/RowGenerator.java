package org.urbaninnovation.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * One synthetic initiative as a line of PostgreSQL COPY text. The text of row {@code index} depends
 * only on the seed and the index (so a top-up continues the same data set); the id is random.
 */
final class RowGenerator {

    /** The columns of {@link #appendRow}, in order. */
    static final String COLUMNS = "id, slug, title, city_id, summary, sections, innovation_type, themes, tags, sdgs, "
            + "provenance, status, published_at";
    static final String SLUG_PREFIX = "bench-";
    static final String PROVENANCE = "{\"document\": \"bench-synthetic\"}";

    private static final String[] THEMES = {"social_cultural", "economic", "environmental", "governance", "technology"};
    private static final String[] INNOVATION_TYPES = {"evolutionary", "revolutionary", "incremental",
            "evolutionary_and_revolutionary"};
    private static final String[] SECTION_KEYS = {"abstract", "background", "keyMeasures", "implementation",
            "outcomes", "innovativeAspects", "lessons"};
    private static final long FIRST_PUBLISHED = Instant.parse("2010-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST_PUBLISHED = Instant.parse("2025-12-31T00:00:00Z").getEpochSecond();

    private enum Field { TITLE, SUMMARY, SECTIONS, TAGS }

    private final long seed;
    private final List<UUID> cityIds;
    private final Vocabulary.Sampler text;
    private final Vocabulary.Sampler content;
    private final Vocabulary.Sampler tagWords;
    private final List<PlantedTerms.Term> planted = PlantedTerms.all();

    RowGenerator(long seed, Vocabulary vocabulary, List<UUID> cityIds, double exponent) {
        this.seed = seed;
        this.cityIds = cityIds;
        this.text = vocabulary.sampler(0, vocabulary.size(), exponent);
        // Titles and tags are made of content words: skip the most frequent (function) words.
        this.content = vocabulary.sampler(40, vocabulary.size(), exponent);
        this.tagWords = vocabulary.sampler(40, 6000, exponent);
    }

    /**
     * Appends row {@code index} (terminated by a newline) to {@code out}. Every generated value is
     * made of ASCII letters, digits, spaces and {@code ,.-:"{}}: nothing needs COPY escaping.
     */
    void appendRow(StringBuilder out, long index, UUID id) {
        SplittableRandom rng = new SplittableRandom(mix(seed, index));

        List<String> title = words(content, rng, 5 + rng.nextInt(7));           // 5..11, about 8
        List<String> summary = words(text, rng, 50 + rng.nextInt(61));          // 50..110, about 80
        List<String> keys = sectionKeys(rng);
        int sectionWords = Math.max(120, Math.min(600, (int) Math.round(300 + 80 * rng.nextGaussian())));
        List<List<String>> sections = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            int share = k == keys.size() - 1 ? sectionWords : sectionWords / (keys.size() - k) + rng.nextInt(30) - 15;
            share = Math.max(20, Math.min(share, sectionWords));
            sections.add(words(text, rng, share));
            sectionWords = Math.max(20, sectionWords - share);
        }
        List<String> tags = new ArrayList<>();
        int tagCount = 2 + rng.nextInt(5);
        for (int t = 0; t < tagCount; t++) {
            tags.add(rng.nextInt(3) == 0 ? tagWords.next(rng) + " " + tagWords.next(rng) : tagWords.next(rng));
        }

        for (PlantedTerms.Term term : planted) {
            if (rng.nextDouble() < term.share()) {
                switch (field(rng)) {
                    case TITLE -> title.add(rng.nextInt(title.size() + 1), term.word());
                    case SUMMARY -> summary.add(rng.nextInt(summary.size() + 1), term.word());
                    case SECTIONS -> {
                        List<String> s = sections.get(rng.nextInt(sections.size()));
                        s.add(rng.nextInt(s.size() + 1), term.word());
                    }
                    case TAGS -> tags.add(rng.nextInt(tags.size() + 1), term.word());
                }
            }
        }

        String titleText = titleCase(title);
        String idText = id.toString();
        out.append(idText).append('\t');
        // The id's first 60 random bits keep the slug unique; the title words make it look like one.
        out.append(SLUG_PREFIX).append(idText, 0, 8).append(idText, 9, 13).append(idText, 14, 18);
        for (int w = 0; w < Math.min(4, title.size()); w++) {
            out.append('-').append(title.get(w));
        }
        out.append('\t');
        out.append(titleText).append('\t');
        out.append(cityIds.get(rng.nextInt(cityIds.size()))).append('\t');
        appendSentences(out, summary, rng);
        out.append('\t');
        out.append('{');
        for (int k = 0; k < keys.size(); k++) {
            if (k > 0) {
                out.append(", ");
            }
            out.append('"').append(keys.get(k)).append("\": \"");
            appendSentences(out, sections.get(k), rng);
            out.append('"');
        }
        out.append('}').append('\t');
        if (rng.nextInt(5) == 0) {
            out.append("\\N");
        } else {
            out.append(INNOVATION_TYPES[rng.nextInt(INNOVATION_TYPES.length)]);
        }
        out.append('\t');
        appendThemes(out, rng);
        out.append('\t');
        out.append('{');
        for (int t = 0; t < tags.size(); t++) {
            out.append(t > 0 ? "," : "").append('"').append(tags.get(t)).append('"');
        }
        out.append('}').append('\t');
        appendSdgs(out, rng);
        out.append('\t');
        out.append(PROVENANCE).append('\t');
        out.append("published").append('\t');
        out.append(Instant.ofEpochSecond(FIRST_PUBLISHED + (long) (rng.nextDouble() * (LAST_PUBLISHED - FIRST_PUBLISHED))));
        out.append('\n');
    }

    static byte[] bytes(StringBuilder sb) {
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Field field(SplittableRandom rng) {
        int p = rng.nextInt(10);
        return p == 0 ? Field.TITLE : p < 5 ? Field.SUMMARY : p < 9 ? Field.SECTIONS : Field.TAGS;
    }

    private static List<String> words(Vocabulary.Sampler sampler, SplittableRandom rng, int count) {
        List<String> words = new ArrayList<>(count + 4);
        for (int i = 0; i < count; i++) {
            words.add(sampler.next(rng));
        }
        return words;
    }

    private static List<String> sectionKeys(SplittableRandom rng) {
        List<String> keys = new ArrayList<>();
        keys.add(SECTION_KEYS[0]);
        int wanted = 2 + rng.nextInt(3);
        while (keys.size() < wanted) {
            String key = SECTION_KEYS[1 + rng.nextInt(SECTION_KEYS.length - 1)];
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        // In the source's order, as the real seed has them.
        keys.sort((a, b) -> Integer.compare(indexOf(a), indexOf(b)));
        return keys;
    }

    private static int indexOf(String key) {
        for (int i = 0; i < SECTION_KEYS.length; i++) {
            if (SECTION_KEYS[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static String titleCase(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
        }
        return sb.toString();
    }

    /** Words as sentences of 8 to 24 words: capitalised, an occasional comma, a full stop. */
    private static void appendSentences(StringBuilder out, List<String> words, SplittableRandom rng) {
        int untilStop = 8 + rng.nextInt(17);
        boolean start = true;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (i > 0) {
                out.append(' ');
            }
            if (start) {
                out.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            } else {
                out.append(w);
            }
            start = false;
            if (--untilStop == 0 || i == words.size() - 1) {
                out.append('.');
                start = true;
                untilStop = 8 + rng.nextInt(17);
            } else if (rng.nextInt(16) == 0) {
                out.append(',');
            }
        }
    }

    private static void appendThemes(StringBuilder out, SplittableRandom rng) {
        int count = 1 + rng.nextInt(3);
        int first = rng.nextInt(THEMES.length);
        out.append('{');
        for (int t = 0; t < count; t++) {
            out.append(t > 0 ? "," : "").append(THEMES[(first + t * 2) % THEMES.length]);
        }
        out.append('}');
    }

    private static void appendSdgs(StringBuilder out, SplittableRandom rng) {
        int count = rng.nextInt(5);
        boolean[] chosen = new boolean[18];
        for (int s = 0; s < count; s++) {
            chosen[1 + rng.nextInt(17)] = true;
        }
        out.append('{');
        boolean first = true;
        for (int g = 1; g <= 17; g++) {
            if (chosen[g]) {
                out.append(first ? "" : ",").append(g);
                first = false;
            }
        }
        out.append('}');
    }

    /** A well-mixed per-row seed (SplitMix64 finaliser of seed and index). */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

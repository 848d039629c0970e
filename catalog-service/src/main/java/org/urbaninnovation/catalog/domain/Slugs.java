package org.urbaninnovation.catalog.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Readable, stable URL names: "Haikou" + "Protection of Bee-eaters" → "haikou-protection-of-bee-eaters". */
public final class Slugs {

    /** What a slug is: lowercase words of letters and digits joined by hyphens (anchored for JSON Schema's sake). */
    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    public static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "initiative" : slug;
    }

    /** The slug with the suffix's words after it, shortened by whole words to stay within the length. */
    public static String withSuffix(String slug, String suffix) {
        String end = of(suffix);
        int room = MAX_LENGTH - end.length() - 1;
        String start = slug;
        if (start.length() > room) {
            int lastBreak = slug.substring(0, room + 1).lastIndexOf('-');
            start = lastBreak > 0 ? slug.substring(0, lastBreak) : slug.substring(0, Math.max(room, 0));
        }
        return start.isEmpty() ? end : start + "-" + end;
    }
}

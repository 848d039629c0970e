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
}

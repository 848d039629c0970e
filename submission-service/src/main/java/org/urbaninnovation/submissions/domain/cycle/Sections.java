package org.urbaninnovation.submissions.domain.cycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sections of an initiative's description, in the catalogue's names and order, with the word
 * limits a cycle uses unless it sets its own. The limits leave room for the longest sections the
 * award published (613 words of key measures).
 */
public final class Sections {

    public static final String PATTERN = "abstract|background|keyMeasures|innovativeAspects|implementation|outcomes|lessons";
    public static final String MESSAGE = "must be one of abstract, background, keyMeasures, innovativeAspects, implementation, outcomes, lessons";

    public static final List<String> ALL = List.of("abstract", "background", "keyMeasures", "innovativeAspects",
            "implementation", "outcomes", "lessons");

    /** What a submission cannot be submitted without; implementation and lessons are optional. */
    public static final List<String> REQUIRED = List.of("abstract", "background", "keyMeasures", "innovativeAspects",
            "outcomes");

    public static final Map<String, Integer> DEFAULT_WORD_LIMITS = defaults();

    private Sections() {
    }

    private static Map<String, Integer> defaults() {
        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("abstract", 300);
        limits.put("background", 600);
        limits.put("keyMeasures", 1000);
        limits.put("innovativeAspects", 600);
        limits.put("implementation", 1000);
        limits.put("outcomes", 800);
        limits.put("lessons", 500);
        return java.util.Collections.unmodifiableMap(limits);
    }
}

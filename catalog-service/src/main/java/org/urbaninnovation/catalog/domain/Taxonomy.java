package org.urbaninnovation.catalog.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The award's domains (themes) and the kinds of innovation its jury recognises. */
public final class Taxonomy {

    public static final Map<String, String> THEMES;
    static {
        Map<String, String> themes = new LinkedHashMap<>();
        themes.put("social_cultural", "Social and cultural");
        themes.put("economic", "Economic");
        themes.put("environmental", "Environmental");
        themes.put("governance", "Governance");
        themes.put("technology", "Technology");
        THEMES = java.util.Collections.unmodifiableMap(themes);
    }

    public static final Set<String> INNOVATION_TYPES =
            Set.of("evolutionary", "revolutionary", "incremental", "evolutionary_and_revolutionary");

    public static final Set<String> SECTIONS = Set.of("abstract", "background", "keyMeasures", "innovativeAspects",
            "implementation", "outcomes", "lessons", "projectSchedule");

    public static final String THEME_PATTERN = "social_cultural|economic|environmental|governance|technology";
    public static final String INNOVATION_TYPE_PATTERN = "evolutionary|revolutionary|incremental|evolutionary_and_revolutionary";

    private Taxonomy() {
    }
}

package org.urbaninnovation.catalog.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The award's domains (themes), the kinds of innovation its jury recognises, and the sections of a description. */
public final class Taxonomy {

    public static final Map<String, String> THEMES;
    static {
        Map<String, String> themes = new LinkedHashMap<>();
        themes.put("social_cultural", "Social and cultural");
        themes.put("economic", "Economic");
        themes.put("environmental", "Environmental");
        themes.put("governance", "Governance");
        themes.put("technology", "Technology");
        THEMES = Collections.unmodifiableMap(themes);
    }

    /** Changes when a theme's code or name does (String and Map hash codes are specified, the same in every JVM). */
    public static final String VERSION = Integer.toHexString(THEMES.hashCode());

    // Anchored, although a validator matches the whole text anyway: published in the OpenAPI document,
    // a JSON Schema pattern matches anywhere in the text unless anchored.
    public static final String THEME_PATTERN = "^(social_cultural|economic|environmental|governance|technology)$";
    public static final String INNOVATION_TYPE_PATTERN =
            "^(evolutionary|revolutionary|incremental|evolutionary_and_revolutionary)$";
    public static final String SECTION_PATTERN =
            "^(abstract|background|keyMeasures|innovativeAspects|implementation|outcomes|lessons|projectSchedule)$";

    private Taxonomy() {
    }
}

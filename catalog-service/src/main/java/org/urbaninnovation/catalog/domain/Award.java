package org.urbaninnovation.catalog.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An awarded submission in the catalogue's words, read from the award's {@code initiative.awarded}
 * event in one place outside the domain: the cycle it won in, the initiative as the catalogue
 * publishes it (its id is the award's initiative id; slug and provenance are settled on publishing)
 * and its city's basic data (used only for a city the catalogue does not know).
 */
public record Award(UUID submissionId, String outcome, Instant publishedAt, AwardedCycle cycle,
        InitiativeDraft initiative, CityDraft city) {

    /** The cycle as the award names it: its code is the catalogue's cycle code. */
    public record AwardedCycle(String code, String name, int number) {
    }
}

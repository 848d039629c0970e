package org.urbaninnovation.metrics.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An awarded initiative in this service's words, read from the award's {@code initiative.awarded}
 * event in one place outside the domain: where it stands (its city, themes and SDGs, as the
 * catalogue will publish them) and the outcomes its city claimed.
 */
public record Award(UUID initiativeId, UUID submissionId, String cycleCode, String outcome, String title, UUID cityId,
        String cityName, String country, Long population, List<String> themes, List<Integer> sdgs, List<Claim> claims) {

    /** A measured outcome as the city claimed it; any part may be missing. */
    public record Claim(String indicator, String unit, String direction, Figure baseline, Figure result, String evidence) {
    }

    /** A claimed figure: its value, how exact it is ({@link Qualifier}'s words) and the period it describes, each possibly missing. */
    public record Figure(BigDecimal value, String qualifier, String period) {
    }
}

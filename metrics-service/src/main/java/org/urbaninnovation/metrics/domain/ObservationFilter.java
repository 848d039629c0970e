package org.urbaninnovation.metrics.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The filters every metrics read accepts. City, country, theme and SDG come from the catalogue
 * projection; {@code from}/{@code to} select observations whose period overlaps the interval.
 * A null field does not filter.
 */
public record ObservationFilter(UUID initiative, String indicator, UUID cityId, String citySlug, String country,
        String theme, Integer sdg, Phase phase, Period from, Period to, OffsetDateTime updatedAfter) {

    /** The same filter on who and what, at any time: the baseline of a result in the range may precede it. */
    public ObservationFilter anyTime() {
        return new ObservationFilter(initiative, indicator, cityId, citySlug, country, theme, sdg, phase, null, null, null);
    }
}

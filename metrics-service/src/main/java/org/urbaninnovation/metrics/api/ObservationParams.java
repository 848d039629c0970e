package org.urbaninnovation.metrics.api;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.urbaninnovation.commons.problem.ProblemException;
import org.urbaninnovation.metrics.domain.ObservationFilter;
import org.urbaninnovation.metrics.domain.Period;
import org.urbaninnovation.metrics.domain.Phase;

/** The filters of every metrics read, as plain query parameters on a fixed path (what Grafana and Power BI send). */
public class ObservationParams {

    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    @QueryParam("initiative")
    @Pattern(regexp = UUID_PATTERN, message = "must be an initiative id (UUID)")
    String initiative;

    @QueryParam("indicator")
    @Pattern(regexp = "[a-z0-9_]{1,80}", message = "must be an indicator code (lower case letters, digits and _)")
    String indicator;

    @QueryParam("city")
    @Pattern(regexp = UUID_PATTERN + "|[a-z0-9-]{1,100}", message = "must be a city id or slug")
    String city;

    @QueryParam("country")
    @Size(max = 100)
    String country;

    @QueryParam("theme")
    @Pattern(regexp = "social_cultural|economic|environmental|governance|technology",
            message = "must be one of social_cultural, economic, environmental, governance, technology")
    String theme;

    @QueryParam("sdg")
    @Pattern(regexp = "[1-9]|1[0-7]", message = "must be an SDG number from 1 to 17")
    String sdg;

    @QueryParam("phase")
    @Pattern(regexp = "baseline|result|target|scale|context", message = "must be one of " + Phase.NAMES)
    String phase;

    @QueryParam("from")
    @Size(max = 40)
    String from;

    @QueryParam("to")
    @Size(max = 40)
    String to;

    @QueryParam("updatedAfter")
    @Size(max = 40)
    String updatedAfter;

    public ObservationFilter toFilter() {
        Period fromPeriod = bound("from", from, false);
        Period toPeriod = bound("to", to, true);
        if (fromPeriod != null && toPeriod != null && !fromPeriod.start().isBefore(toPeriod.end())) {
            throw ProblemException.invalid("from", "'" + from + "' is after to '" + to + "'");
        }
        UUID cityId = city != null && city.matches(UUID_PATTERN) ? UUID.fromString(city) : null;
        return new ObservationFilter(initiative == null ? null : UUID.fromString(initiative), indicator, cityId,
                cityId == null ? city : null, country, theme, sdg == null ? null : Integer.valueOf(sdg),
                phase == null ? null : Phase.of(phase).orElseThrow(), fromPeriod, toPeriod, updatedAfter());
    }

    private OffsetDateTime updatedAfter() {
        if (updatedAfter == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(updatedAfter);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("updatedAfter", "must be an ISO 8601 timestamp with offset, such as 2024-01-31T12:00:00Z");
        }
    }

    private static Period bound(String field, String text, boolean upper) {
        if (text == null) {
            return null;
        }
        try {
            return Period.parseBound(text, upper);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }
}

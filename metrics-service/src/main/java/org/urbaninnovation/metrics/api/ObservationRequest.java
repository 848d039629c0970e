package org.urbaninnovation.metrics.api;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.urbaninnovation.commons.validation.PlainText;
import org.urbaninnovation.metrics.domain.ObservationChecks;
import org.urbaninnovation.metrics.domain.ObservationDraft;
import org.urbaninnovation.metrics.domain.Period;
import org.urbaninnovation.metrics.domain.Phase;
import org.urbaninnovation.metrics.domain.Qualifier;

/**
 * One figure of an ingest, keyed by (initiative, indicator, phase, period, scope). Closed
 * vocabularies arrive as text so that a wrong word is reported with its row, not as unreadable
 * JSON; the domain checks them and the indicator's unit ({@link ObservationChecks}).
 */
public record ObservationRequest(
        @NotNull @Schema(description = "The initiative's id in the catalogue") UUID initiativeId,
        @NotBlank @Size(max = 80) @Schema(description = "An indicator code of GET /api/v1/indicators") String indicator,
        @NotBlank @Size(max = 20) @Schema(description = "One of " + Phase.NAMES) String phase,
        @Size(max = 10) @Pattern(regexp = PERIOD, message = "must be an ISO 8601 period (" + Period.FORMATS + ")")
        @Schema(nullable = true, description = "ISO 8601: " + Period.FORMATS + "; none for a figure without a date")
        String period,
        @Size(max = 200) @PlainText @Schema(nullable = true, description = "Tells apart two figures of one indicator and"
                + " period (a sub-project next to the city-wide figure); none for the only one") String scope,
        @DecimalMin(value = "-" + BOUND, inclusive = false, message = DIGITS)
        @DecimalMax(value = BOUND, inclusive = false, message = DIGITS)
        @Schema(nullable = true, description = "The figure in the unit given; none for a range") BigDecimal value,
        @Size(max = 20) @Schema(nullable = true, description = "One of " + Qualifier.NAMES + "; exact when none")
        String qualifier,
        @DecimalMin(value = "-" + BOUND, inclusive = false, message = DIGITS)
        @DecimalMax(value = BOUND, inclusive = false, message = DIGITS)
        @Schema(nullable = true, description = "A range's lower end") BigDecimal low,
        @DecimalMin(value = "-" + BOUND, inclusive = false, message = DIGITS)
        @DecimalMax(value = BOUND, inclusive = false, message = DIGITS)
        @Schema(nullable = true, description = "A range's upper end") BigDecimal high,
        @NotBlank @Size(max = 100) @PlainText
        @Schema(description = "The unit as reported: the indicator's, or one declared as convertible into it") String unit,
        @Valid @Schema(nullable = true) Source source,
        @Size(max = 1000) @PlainText @Schema(nullable = true) String note) {

    /** A year, a quarter, a month or a day; {@link Period} refuses the impossible ones (2023-13, 2023-02-30). */
    static final String PERIOD = "\\d{4}(-Q[1-4]|-\\d{2}(-\\d{2})?)?";
    /** Below it in size, a figure has at most {@link ObservationChecks#MAX_INTEGER_DIGITS} digits before the point. */
    static final String BOUND = "1000000000000000";
    static final String DIGITS = "must have at most " + ObservationChecks.MAX_INTEGER_DIGITS
            + " digits before the decimal point";

    /** Where the figure comes from: the document and the exact sentence. */
    @Schema(name = "SourceRequest", description = "Where the figure comes from: the document and its exact sentence")
    public record Source(@Size(max = 200) @PlainText @Schema(nullable = true) String document,
            @Size(max = 2000) @PlainText @Schema(nullable = true, description = "The sentence the figure is read from")
            String quote) {
    }

    ObservationDraft toDraft() {
        return new ObservationDraft(initiativeId, indicator, phase, period, scope, value, qualifier, low, high, unit,
                source == null ? null : new ObservationDraft.Source(source.document(), source.quote()), note);
    }
}

package org.urbaninnovation.submissions.domain.cycle;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.urbaninnovation.commons.validation.PlainText;

/**
 * What the secretariat sets for a cycle: created with number, name, deadline and time zone, the
 * rest taken from the award's defaults unless given. Editable as a whole while the cycle is a draft.
 */
public record CycleSettings(
        @NotNull @Min(1) @Max(9999) Integer number,
        @NotBlank @Size(max = 200) @PlainText String name,
        @NotNull Instant submissionDeadline,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z][A-Za-z0-9_+\\-]*(/[A-Za-z0-9_+\\-]+)*",
                message = "must be an IANA time zone such as Asia/Shanghai") String timeZone,
        @Size(min = 1, max = 10) List<@Valid @NotNull Criterion> criteria,
        @Valid ScoreScale scoreScale,
        @Size(max = 7) Map<@NotNull @Pattern(regexp = Sections.PATTERN, message = Sections.MESSAGE) String,
                @NotNull @Min(10) @Max(10_000) Integer> wordLimits,
        @Min(1) @Max(100) Integer shortlistSize,
        @Min(1) @Max(100) Integer winners,
        @Min(1) @Max(10) Integer reviewsPerSubmission) {

    public static final int SHORTLIST = 15;
    public static final int WINNERS = 5;
    public static final int REVIEWS_PER_SUBMISSION = 3;

    /** These settings with the award's defaults wherever nothing was given; word limits per section. */
    public CycleSettings withDefaults() {
        Map<String, Integer> limits = new LinkedHashMap<>();
        for (String section : Sections.ALL) {
            Integer given = wordLimits == null ? null : wordLimits.get(section);
            limits.put(section, given != null ? given : Sections.DEFAULT_WORD_LIMITS.get(section));
        }
        return new CycleSettings(number, name, submissionDeadline, timeZone,
                criteria == null ? Criterion.DEFAULTS : List.copyOf(criteria),
                scoreScale == null ? ScoreScale.DEFAULT : scoreScale,
                limits,
                shortlistSize == null ? SHORTLIST : shortlistSize,
                winners == null ? WINNERS : winners,
                reviewsPerSubmission == null ? REVIEWS_PER_SUBMISSION : reviewsPerSubmission);
    }
}

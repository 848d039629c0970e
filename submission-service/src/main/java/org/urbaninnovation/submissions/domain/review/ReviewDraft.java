package org.urbaninnovation.submissions.domain.review;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.urbaninnovation.commons.validation.PlainText;

/** What a juror writes: a score per criterion code (a draft may leave some out) and a comment. */
public record ReviewDraft(
        @NotNull @Size(max = 20) Map<@NotNull @Size(max = 40) @Pattern(regexp = "[a-z][A-Za-z0-9]*",
                message = "must be a criterion code such as innovation") String,
                @NotNull @Min(0) @Max(100) Integer> scores,
        @Size(max = 10_000) @PlainText String comment) {
}

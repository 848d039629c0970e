package org.urbaninnovation.submissions.domain.cycle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The lowest and highest score a juror may give on a criterion. */
public record ScoreScale(@NotNull @Min(0) @Max(100) Integer min, @NotNull @Min(1) @Max(100) Integer max) {

    public static final ScoreScale DEFAULT = new ScoreScale(1, 10);

    public boolean contains(int score) {
        return score >= min && score <= max;
    }
}

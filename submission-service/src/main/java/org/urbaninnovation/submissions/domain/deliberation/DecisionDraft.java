package org.urbaninnovation.submissions.domain.deliberation;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.urbaninnovation.commons.validation.PlainText;

/** The jury's decision on one entry, with the reason the secretariat records for it. */
public record DecisionDraft(
        @NotNull UUID submissionId,
        @NotNull @Pattern(regexp = Outcome.PATTERN, message = Outcome.MESSAGE) String outcome,
        @NotBlank @Size(max = 5_000) @PlainText String rationale) {
}

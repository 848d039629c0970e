package org.urbaninnovation.submissions.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.urbaninnovation.commons.validation.PlainText;
import org.urbaninnovation.submissions.domain.cycle.Phase;

/** The small request bodies of the award's actions. */
final class Requests {

    private Requests() {
    }

    record PhaseRequest(@NotNull @Pattern(regexp = Phase.PATTERN,
            message = "must be one of draft, open, screening, review, deliberation, decided, published") String phase) {
    }

    record ScreeningRequest(@NotNull Boolean eligible, @NotBlank @Size(max = 2_000) @PlainText String reason) {
    }

    record ExtensionRequest(@NotNull Instant until, @NotBlank @Size(max = 2_000) @PlainText String reason) {
    }

    record AssignmentRequest(@NotNull UUID submissionId, @NotNull UUID jurorId) {
    }

    record AutoAssignRequest(@Min(1) @Max(10) Integer perSubmission) {
    }

    record ConflictRequest(@NotBlank @Size(max = 2_000) @PlainText String reason) {
    }
}

package org.urbaninnovation.submissions.domain.jury;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.urbaninnovation.commons.validation.PlainText;
import org.urbaninnovation.submissions.domain.submission.Vocabulary;

/** A juror as the secretariat registers them: the token subject they sign in with, their name, where they come from. */
public record JurorDraft(
        @NotBlank @Size(max = 200) @Pattern(regexp = "[\\x21-\\x7E]+", message = "must be visible ASCII characters without spaces") String subject,
        @NotBlank @Size(max = 200) @PlainText String name,
        @NotNull @Pattern(regexp = Vocabulary.COUNTRY_CODE, message = Vocabulary.COUNTRY_CODE_MESSAGE) String country,
        UUID cityId) {
}

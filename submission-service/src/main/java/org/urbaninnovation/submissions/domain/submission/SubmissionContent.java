package org.urbaninnovation.submissions.domain.submission;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.urbaninnovation.commons.validation.PlainText;
import org.urbaninnovation.submissions.domain.cycle.Sections;

/**
 * What a city writes: the catalogue's initiative shape (same names, same limits, so that an
 * awarded entry is published as it stands), its city's basic data, typed outcome claims and
 * contacts. A draft needs only a title; what a submitted entry needs is {@link Completeness}'s.
 */
public record SubmissionContent(
        @NotBlank @Size(max = 300) @PlainText String title,
        @Size(max = 5_000) @PlainText String summary,
        @Size(max = 7) Map<@NotNull @Pattern(regexp = Sections.PATTERN, message = Sections.MESSAGE) String,
                @NotNull @Size(max = 30_000) @PlainText String> sections,
        @Size(max = 5) List<@NotNull @Pattern(regexp = Vocabulary.THEME, message = Vocabulary.THEME_MESSAGE) String> themes,
        @Size(max = 17) List<@NotNull @Min(value = 1, message = "must be an SDG from 1 to 17")
                @Max(value = 17, message = "must be an SDG from 1 to 17") Integer> sdgs,
        @Pattern(regexp = Vocabulary.INNOVATION_TYPE, message = Vocabulary.INNOVATION_TYPE_MESSAGE) String innovationType,
        @Size(max = 20) List<@NotBlank @Size(max = 60) @PlainText String> tags,
        @Size(max = 50) List<@Valid @NotNull Partner> partners,
        @Valid CityData city,
        @Size(max = 50) List<@Valid @NotNull OutcomeClaim> outcomeClaims,
        @Size(max = 10) List<@Valid @NotNull Contact> contacts) {

    /** An organisation taking part, and its role. */
    public record Partner(@Size(max = 200) @PlainText String name, @Size(max = 500) @PlainText String role) {
    }

    /** The city's basic data, as the catalogue keeps it, plus its country's code for the jury's conflict rules. */
    public record CityData(
            @Size(max = 120) @PlainText String name,
            @Size(max = 120) @PlainText String country,
            @Pattern(regexp = Vocabulary.COUNTRY_CODE, message = Vocabulary.COUNTRY_CODE_MESSAGE) String countryCode,
            @Min(value = 0, message = "must not be negative") @Max(1_000_000_000) Long population,
            @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 9, fraction = 2) BigDecimal areaKm2,
            @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 9, fraction = 2) BigDecimal densityPerKm2,
            @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 9, fraction = 2) BigDecimal gdpPerCapitaUsd,
            @Size(max = 60) @PlainText String growthRate,
            @Size(max = 500) @PlainText String mainSourcesOfProsperity) {
    }

    /** A measured outcome the city claims: an indicator, its unit, which way is good, before and after, and the evidence. */
    public record OutcomeClaim(
            @Size(max = 120) @PlainText String indicator,
            @Size(max = 40) @PlainText String unit,
            @Pattern(regexp = Vocabulary.DIRECTION, message = Vocabulary.DIRECTION_MESSAGE) String direction,
            @Valid Figure baseline,
            @Valid Figure result,
            @Size(max = 2_000) @PlainText String evidence) {
    }

    /** A figure as reported: the value, how exact it is, and the period it describes. */
    public record Figure(
            @Digits(integer = 15, fraction = 6) BigDecimal value,
            @Pattern(regexp = Vocabulary.QUALIFIER, message = Vocabulary.QUALIFIER_MESSAGE) String qualifier,
            @Pattern(regexp = Vocabulary.PERIOD, message = Vocabulary.PERIOD_MESSAGE) String period) {
    }

    /** Someone the secretariat can reach about the submission; never published. */
    public record Contact(
            @Size(max = 200) @PlainText String name,
            @Size(max = 200) @PlainText String role,
            @Size(max = 254) @Email String email,
            @Size(max = 40) @Pattern(regexp = "[+0-9 ()\\-]*", message = "must be digits, spaces, +, - and parentheses") String phone) {
    }

    public Map<String, String> sectionsOrEmpty() {
        return sections == null ? Map.of() : sections;
    }
}

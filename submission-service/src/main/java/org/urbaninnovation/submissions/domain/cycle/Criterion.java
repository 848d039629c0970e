package org.urbaninnovation.submissions.domain.cycle;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.urbaninnovation.commons.validation.PlainText;

/** A criterion jurors score against, and its weight in the total (the weights of a cycle sum to 1). */
public record Criterion(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z][A-Za-z0-9]*", message = "must be a camelCase word such as innovation") String code,
        @NotBlank @Size(max = 200) @PlainText String name,
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
        @DecimalMax(value = "1", message = "must be at most 1")
        @Digits(integer = 1, fraction = 4, message = "must have at most 4 decimals") BigDecimal weight) {

    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    /** The award's four criteria, weighted equally (the award publishes no weights of its own). */
    public static final List<Criterion> DEFAULTS = List.of(
            new Criterion("innovation", "Innovation", QUARTER),
            new Criterion("effectiveness", "Effectiveness", QUARTER),
            new Criterion("replicability", "Replicability and transferability", QUARTER),
            new Criterion("significance", "Significance and relevance to the SDGs and the New Urban Agenda", QUARTER));
}

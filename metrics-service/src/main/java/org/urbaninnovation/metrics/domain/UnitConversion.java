package org.urbaninnovation.metrics.domain;

import java.math.BigDecimal;

/** A figure reported in {@code fromUnit} is {@code factor} times as much in {@code toUnit}. */
public record UnitConversion(String fromUnit, String toUnit, BigDecimal factor) {
}

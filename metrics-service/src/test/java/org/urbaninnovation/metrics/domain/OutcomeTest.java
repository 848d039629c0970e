package org.urbaninnovation.metrics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** An outcome's change from baseline to result, in the indicator's unit, and whether it improves. */
class OutcomeTest {

    private static final UUID XIANNING = UUID.fromString("11111111-0000-4000-8000-000000000001");

    private static Indicator indicator(String code, String unit, String direction) {
        Indicator indicator = new Indicator();
        indicator.code = code;
        indicator.name = code.replace('_', ' ');
        indicator.unit = unit;
        indicator.direction = direction;
        return indicator;
    }

    private static Outcome.Figure figure(String period, String value, String unit, String normalized) {
        return new Outcome.Figure(period, value == null ? null : new BigDecimal(value), "exact", null, null, unit,
                normalized == null ? null : new BigDecimal(normalized), "As printed.");
    }

    private static Outcome outcome(Indicator indicator, Outcome.Figure baseline, Outcome.Figure result) {
        return Outcome.of(new Outcome.Pair(XIANNING, "Walking to school", "Xianning", "China", indicator.code, "",
                baseline, result), indicator);
    }

    @Test
    void aShareThatRisesImprovesWhenHigherIsBetter() {
        Outcome walking = outcome(indicator("students_walking_to_school_share", "%", "higher_is_better"),
                figure("2018", "30", "%", "30"), figure("2021", "95", "%", "95"));
        assertEquals(new BigDecimal("65"), walking.absoluteChange());
        assertEquals(new BigDecimal("216.67"), walking.relativeChangePercent());
        assertEquals(true, walking.improved());
        assertEquals("%", walking.unit());
        assertEquals("higher_is_better", walking.direction());
        assertEquals("students walking to school share", walking.indicatorName());
    }

    @Test
    void aCountThatFallsImprovesWhenLowerIsBetter() {
        Outcome accidents = outcome(indicator("traffic_accidents_near_school_per_year", "incidents per year", "lower_is_better"),
                figure(null, "50", "incidents per year", "50"), figure(null, "1", "incidents per year", "1"));
        assertEquals(new BigDecimal("-49"), accidents.absoluteChange());
        assertEquals(new BigDecimal("-98.00"), accidents.relativeChangePercent());
        assertEquals(true, accidents.improved());
    }

    @Test
    void theChangeIsComputedInTheIndicatorsUnitNotAsReported() {
        Outcome beneficiaries = outcome(indicator("direct_beneficiaries", "people", "higher_is_better"),
                figure("2019", "800000", "people", "800000"), figure("2022", "1.2", "million people", "1200000"));
        assertEquals(new BigDecimal("400000"), beneficiaries.absoluteChange());
        assertEquals(new BigDecimal("50.00"), beneficiaries.relativeChangePercent());
        assertEquals(new BigDecimal("1.2"), beneficiaries.result().value());
    }

    @Test
    void noChangeIsNoImprovementAndANeutralIndicatorHasNone() {
        Outcome flat = outcome(indicator("construction_time_months", "months", "lower_is_better"),
                figure("2019", "40", "months", "40"), figure("2022", "40", "months", "40"));
        assertEquals(false, flat.improved());
        Outcome neutral = outcome(indicator("elderly_share_of_residents", "%", "neutral"),
                figure("2030", "10", "%", "10"), figure("2031", "12", "%", "12"));
        assertEquals(new BigDecimal("20.00"), neutral.relativeChangePercent());
        assertNull(neutral.improved());
    }

    @Test
    void fromZeroThereIsAChangeButNoRelativeChange() {
        Outcome fromZero = outcome(indicator("jobs_mobilized", "jobs", "higher_is_better"),
                figure("2020", "0", "jobs", "0"), figure("2022", "7", "jobs", "7"));
        assertEquals(new BigDecimal("7"), fromZero.absoluteChange());
        assertNull(fromZero.relativeChangePercent());
        assertEquals(true, fromZero.improved());
    }

    @Test
    void aRangeWithoutAValueLeavesTheChangeUnknown() {
        Outcome range = outcome(indicator("migratory_birds_in_protection_area", "birds", "higher_is_better"),
                new Outcome.Figure("2018", null, "range", new BigDecimal("20"), new BigDecimal("50"), "birds", null, null),
                figure("2022", "80", "birds", "80"));
        assertNull(range.absoluteChange());
        assertNull(range.relativeChangePercent());
        assertNull(range.improved());
    }
}

package org.urbaninnovation.metrics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Test
    void everyGranularityCoversItsInterval() {
        assertEquals(new Period("2023", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)), Period.parse("2023"));
        assertEquals(new Period("2023-Q3", LocalDate.of(2023, 7, 1), LocalDate.of(2023, 10, 1)), Period.parse("2023-Q3"));
        assertEquals(new Period("2023-12", LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 1)), Period.parse("2023-12"));
        assertEquals(new Period("2024-02-29", LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1)), Period.parse("2024-02-29"));
    }

    @Test
    void grafanaTimestampsStandForTheirUtcDay() {
        assertEquals(LocalDate.of(2022, 12, 31), Period.parseBound("2023-01-01T00:30:00+01:00", false).start());
        assertEquals(LocalDate.of(2023, 1, 1), Period.parseBound("2023-01-01T00:00:00.000Z", false).start());
        assertEquals(LocalDate.of(2024, 1, 1), Period.parseBound("2023-12-31T23:59:59.999Z", true).end());
    }

    @Test
    void anUpperBoundAtMidnightEndsBeforeThatDay() {
        Period to = Period.parseBound("2024-01-01T00:00:00Z", true);
        assertEquals(LocalDate.of(2024, 1, 1), to.end());
        assertEquals(LocalDate.of(2023, 12, 31), to.start());
    }

    @ParameterizedTest
    @ValueSource(strings = { "2023-13", "2023-Q5", "2023-02-29", "23", "2023-1", "20231", "2023-00", "", "2023/01",
            "2023-01-01T00:00:00" })
    void impossiblePeriodsAreRefused(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parseBound(text, true));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("ISO 8601"), e.getMessage());
    }
}

package org.urbaninnovation.metrics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class DirectionTest {

    @Test
    void lowerIsBetterImprovesWhenItFalls() {
        assertEquals(true, Direction.LOWER_IS_BETTER.improved(new BigDecimal("-28")));
        assertEquals(false, Direction.LOWER_IS_BETTER.improved(new BigDecimal("12")));
    }

    @Test
    void higherIsBetterImprovesWhenItRises() {
        assertEquals(true, Direction.HIGHER_IS_BETTER.improved(new BigDecimal("65")));
        assertEquals(false, Direction.HIGHER_IS_BETTER.improved(new BigDecimal("-1")));
    }

    @Test
    void noChangeIsNoImprovementAndNeutralOrUnknownIsNull() {
        assertEquals(false, Direction.HIGHER_IS_BETTER.improved(BigDecimal.ZERO));
        assertEquals(false, Direction.LOWER_IS_BETTER.improved(BigDecimal.ZERO));
        assertNull(Direction.NEUTRAL.improved(BigDecimal.ONE));
        assertNull(Direction.HIGHER_IS_BETTER.improved(null));
    }
}

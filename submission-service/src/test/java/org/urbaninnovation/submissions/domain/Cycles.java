package org.urbaninnovation.submissions.domain;

import java.time.Instant;
import java.util.UUID;

import org.urbaninnovation.submissions.domain.cycle.Cycle;
import org.urbaninnovation.submissions.domain.cycle.CycleSettings;

/** Cycles for rule tests, built as the service builds them. */
public final class Cycles {

    public static final Instant NOW = Instant.parse("2027-01-10T00:00:00Z");
    public static final Instant DEADLINE = Instant.parse("2027-01-31T15:59:59Z");

    private Cycles() {
    }

    public static CycleSettings settings() {
        return new CycleSettings(7, "7th Guangzhou International Award for Urban Innovation", DEADLINE, "Asia/Shanghai",
                null, null, null, null, null, null).withDefaults();
    }

    public static Cycle draft() {
        return Cycle.create(UUID.randomUUID(), settings(), NOW);
    }
}

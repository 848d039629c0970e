package org.urbaninnovation.submissions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.submissions.domain.cycle.Criterion;
import org.urbaninnovation.submissions.domain.cycle.CycleRules;
import org.urbaninnovation.submissions.domain.cycle.CycleSettings;
import org.urbaninnovation.submissions.domain.cycle.ScoreScale;

class CycleRulesTest {

    @Test
    void aCycleCreatedWithFourFieldsGetsTheAwardsDefaults() {
        CycleSettings settings = Cycles.settings();
        assertEquals(List.of("innovation", "effectiveness", "replicability", "significance"),
                settings.criteria().stream().map(Criterion::code).toList());
        assertEquals(List.of(new BigDecimal("0.25"), new BigDecimal("0.25"), new BigDecimal("0.25"), new BigDecimal("0.25")),
                settings.criteria().stream().map(Criterion::weight).toList());
        assertEquals(new ScoreScale(1, 10), settings.scoreScale());
        assertEquals(15, settings.shortlistSize());
        assertEquals(5, settings.winners());
        assertEquals(3, settings.reviewsPerSubmission());
        assertEquals(Map.of("abstract", 300, "background", 600, "keyMeasures", 1000, "innovativeAspects", 600,
                "implementation", 1000, "outcomes", 800, "lessons", 500), settings.wordLimits());
        assertEquals(List.of(), CycleRules.problems(settings));
    }

    @Test
    void aWordLimitGivenForOneSectionKeepsTheDefaultsOfTheOthers() {
        CycleSettings settings = new CycleSettings(7, "Seventh", Cycles.DEADLINE, "Asia/Shanghai", null, null,
                Map.of("abstract", 150), null, null, null).withDefaults();
        assertEquals(150, settings.wordLimits().get("abstract"));
        assertEquals(600, settings.wordLimits().get("background"));
    }

    @Test
    void weightsMustSumToOneAndCodesBeDistinct() {
        CycleSettings settings = new CycleSettings(7, "Seventh", Cycles.DEADLINE, "Asia/Shanghai",
                List.of(new Criterion("innovation", "Innovation", new BigDecimal("0.5")),
                        new Criterion("innovation", "Innovation again", new BigDecimal("0.3"))),
                null, null, null, null, null).withDefaults();
        assertEquals(List.of(new Violation("criteria[1].code", "is used by another criterion"),
                new Violation("criteria", "weights must sum to 1 (they sum to 0.8)")), CycleRules.problems(settings));
    }

    @Test
    void unevenWeightsThatSumToOneAreAccepted() {
        CycleSettings settings = new CycleSettings(7, "Seventh", Cycles.DEADLINE, "Asia/Shanghai",
                List.of(new Criterion("innovation", "Innovation", new BigDecimal("0.4")),
                        new Criterion("effectiveness", "Effectiveness", new BigDecimal("0.35")),
                        new Criterion("replicability", "Replicability", new BigDecimal("0.25"))),
                null, null, null, null, null).withDefaults();
        assertEquals(List.of(), CycleRules.problems(settings));
    }

    @Test
    void moreWinnersThanTheShortlistAnUnknownZoneAndAnEmptyScaleAreRefused() {
        CycleSettings settings = new CycleSettings(7, "Seventh", Cycles.DEADLINE, "Mars/Olympus_Mons", null,
                new ScoreScale(5, 5), null, 4, 5, null).withDefaults();
        assertEquals(List.of(new Violation("timeZone", "must be an IANA time zone such as Asia/Shanghai"),
                new Violation("scoreScale", "min must be below max"),
                new Violation("winners", "must not exceed the shortlist size (4)")), CycleRules.problems(settings));
    }
}

package org.urbaninnovation.submissions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.submissions.domain.cycle.Sections;
import org.urbaninnovation.submissions.domain.submission.Completeness;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent.Figure;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent.OutcomeClaim;

class CompletenessTest {

    private static final Map<String, Integer> LIMITS = Sections.DEFAULT_WORD_LIMITS;

    @Test
    void aCompleteEntryHasNoGaps() {
        assertEquals(List.of(), Completeness.gaps(Entries.complete(), LIMITS));
    }

    @Test
    void aDraftWithOnlyATitleListsEveryGap() {
        assertEquals(List.of(
                new Violation("summary", "must be given"),
                new Violation("sections.abstract", "must be written"),
                new Violation("sections.background", "must be written"),
                new Violation("sections.keyMeasures", "must be written"),
                new Violation("sections.innovativeAspects", "must be written"),
                new Violation("sections.outcomes", "must be written"),
                new Violation("themes", "must name at least one theme"),
                new Violation("city", "must give the city's basic data (name, country, countryCode, population, areaKm2)"),
                new Violation("outcomeClaims", "must hold at least one outcome claim"),
                new Violation("contacts", "must name at least one contact with a name and an email")),
                Completeness.gaps(Entries.titled("Only a title"), LIMITS));
    }

    @Test
    void aBlankRequiredSectionIsMissingAndOptionalSectionsMayBeAbsent() {
        Map<String, String> sections = new java.util.LinkedHashMap<>(Entries.sections());
        sections.put("outcomes", "   ");
        assertEquals(List.of(new Violation("sections.outcomes", "must be written")),
                Completeness.gaps(Entries.withSections(sections), LIMITS));
    }

    @Test
    void aSectionOverItsLimitIsAGapWithItsCount() {
        Map<String, String> sections = new java.util.LinkedHashMap<>(Entries.sections());
        sections.put("lessons", "word ".repeat(501));
        assertEquals(List.of(new Violation("sections.lessons", "has 501 words; the limit is 500")),
                Completeness.gaps(Entries.withSections(sections), LIMITS));
        sections.put("lessons", "word ".repeat(500));
        assertEquals(List.of(), Completeness.gaps(Entries.withSections(sections), LIMITS));
    }

    @Test
    void anOutcomeClaimNeedsIndicatorUnitDirectionAndAResultWithValueAndPeriod() {
        OutcomeClaim partial = new OutcomeClaim("Accidents", null, null, new Figure(null, "exact", "2022"),
                new Figure(new BigDecimal("1"), "exact", null), null);
        OutcomeClaim noResult = new OutcomeClaim("Cars at drop-off", "cars per hour", "lower_is_better", null, null, null);
        assertEquals(List.of(
                new Violation("outcomeClaims[0].unit", "must be given"),
                new Violation("outcomeClaims[0].direction", "must be given"),
                new Violation("outcomeClaims[0].result.period", "must be given"),
                new Violation("outcomeClaims[0].baseline.value", "must be given"),
                new Violation("outcomeClaims[1].result", "must be given")),
                Completeness.gaps(Entries.withClaims(List.of(partial, noResult)), LIMITS));
    }

    @Test
    void aClaimWithoutBaselineIsComplete() {
        OutcomeClaim resultOnly = new OutcomeClaim("Schools following the guidelines", "schools", "higher_is_better", null,
                new Figure(new BigDecimal("20"), "more_than", "2023"), null);
        assertEquals(List.of(), Completeness.gaps(Entries.withClaims(List.of(resultOnly)), LIMITS));
    }
}

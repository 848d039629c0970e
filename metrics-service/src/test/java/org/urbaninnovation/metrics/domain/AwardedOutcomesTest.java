package org.urbaninnovation.metrics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * What an award's outcome claims become, over indicators, the projection and figures in memory:
 * which indicator a claim is on, which figures are recorded and how, and that recording an award
 * again changes nothing.
 */
class AwardedOutcomesTest {

    private static final UUID INITIATIVE = UUID.fromString("33333333-0000-4000-8000-000000000101");
    private static final UUID CITY = UUID.fromString("22222222-0000-4000-8000-000000000001");

    /** Figures by key, each write counted as the SQL store counts it. */
    private static final class Figures implements ObservationStore {
        final Map<List<Object>, Observation> stored = new LinkedHashMap<>();

        @Override
        public Recorded upsert(List<Observation> observations) {
            int inserted = 0;
            int updated = 0;
            for (Observation o : observations) {
                Observation before = stored.put(Arrays.asList(o.initiativeId(), o.indicator(), o.phase(), o.period(), o.scope()), o);
                inserted += before == null ? 1 : 0;
                updated += before != null && !before.equals(o) ? 1 : 0;
            }
            return new Recorded(inserted, updated, observations.size() - inserted - updated);
        }

        @Override
        public int insertMissing(List<Observation> observations) {
            throw new UnsupportedOperationException("awards never seed");
        }

        @Override
        public void rebuildDerived() {
            throw new UnsupportedOperationException("awards rebuild nothing");
        }

        Observation get(String indicator, String phase, String scope) {
            return stored.values().stream().filter(o -> o.indicator().equals(indicator) && o.phase().equals(phase)
                    && o.scope().equals(scope)).findFirst().orElseThrow();
        }
    }

    private final InMemoryIndicators indicators = new InMemoryIndicators()
            .with("students_walking_to_school_share", "%", "higher_is_better", false)
            .with("direct_beneficiaries", "people", "higher_is_better", true)
            .converting("million people", "people", "1000000");
    {
        indicators.withCode("students_walking_to_school_share").orElseThrow().name = "Students walking to school";
        indicators.withCode("direct_beneficiaries").orElseThrow().name = "Direct beneficiaries";
    }

    private final InMemoryProjection projection = new InMemoryProjection();
    private final FiredEvents<FiguresChanged> changed = new FiredEvents<>();
    private final Figures figures = new Figures();
    private final AwardedOutcomes outcomes = new AwardedOutcomes(new CatalogProjection(projection, changed),
            new ClaimedIndicators(indicators), new ObservationChecks(indicators, ids -> Set.copyOf(ids)), figures, changed);

    private static Award.Figure figure(String value, String qualifier, String period) {
        return new Award.Figure(value == null ? null : new BigDecimal(value), qualifier, period);
    }

    private static Award.Claim claim(String indicator, String unit, Award.Figure baseline, Award.Figure result) {
        return new Award.Claim(indicator, unit, "higher_is_better", baseline, result, "Counted by the city.");
    }

    private static Award award(Award.Claim... claims) {
        return new Award(INITIATIVE, INITIATIVE, "gz-award-7", "special_mention", "School routes", CITY, "Xianning", "China",
                3_036_100L, List.of("social_cultural"), List.of(11), List.of(claims));
    }

    @Test
    void aClaimsBaselineAndResultAreRecordedWithTheirQualifierPeriodAndEvidence() {
        assertTrue(outcomes.record(award(claim("Students walking to school", "%", figure("30", "approximately", "2019"),
                figure("95", null, "2023")))));
        Observation baseline = figures.get("students_walking_to_school_share", "baseline", "");
        assertEquals(List.of("30", "approximately", "2019", "%", "submission " + INITIATIVE, "Counted by the city.",
                "Claimed by the city in its submission; special mention of gz-award-7"),
                List.of(baseline.value().toPlainString(), baseline.qualifier(), baseline.period().text(), baseline.unit(),
                        baseline.sourceDocument(), baseline.sourceQuote(), baseline.note()));
        assertEquals("exact", figures.get("students_walking_to_school_share", "result", "").qualifier(),
                "a figure without a qualifier is exact");
    }

    @Test
    void aClaimIsOnTheIndicatorOfItsNameInItsUnitOrInOneItsUnitConvertsInto() {
        outcomes.record(award(claim("  STUDENTS walking to school ", "%", null, figure("95", "exact", "2023")),
                claim("Direct beneficiaries", "million people", null, figure("5.2", "exact", "2023"))));
        assertEquals(new BigDecimal("5200000.0"), figures.get("direct_beneficiaries", "result", "").normalizedValue());
        assertEquals(2, figures.stored.size());
        assertEquals(2, indicators.all().size(), "no indicator created");
    }

    @Test
    void aClaimOnAnUnknownIndicatorOrInAnotherUnitCreatesANonAdditiveIndicatorOfItsOwn() {
        outcomes.record(award(claim("Trees planted", "trees", null, figure("900", "exact", "2023")),
                claim("Students walking to school", "students", null, figure("400", "exact", "2023"))));
        Indicator trees = indicators.withCode("trees_planted").orElseThrow();
        assertEquals(List.of("Trees planted", "trees", "higher_is_better", false, List.of("social_cultural")),
                List.of(trees.name, trees.unit, trees.direction, trees.additive, List.of(trees.themes)));
        assertEquals("students", indicators.withCode("students_walking_to_school").orElseThrow().unit);
        outcomes.record(award(claim("Students walking to school", "pupils", null, figure("400", "exact", "2023"))));
        assertEquals("pupils", indicators.withCode("students_walking_to_school_pupils").orElseThrow().unit,
                "a code taken by another unit's indicator gets the unit");
    }

    @Test
    void twoClaimsOnOneIndicatorAreToldApartByTheirScope() {
        outcomes.record(award(claim("Trees planted", "trees", figure("1", "exact", "2020"), figure("9", "exact", "2023")),
                claim("Students walking to school", "%", null, figure("95", "exact", "2023")),
                claim("Trees planted", "trees", figure("2", "exact", "2020"), figure("8", "exact", "2023"))));
        assertEquals("9", figures.get("trees_planted", "result", "claim 1").value().toPlainString());
        assertEquals("2", figures.get("trees_planted", "baseline", "claim 3").value().toPlainString());
        assertEquals("", figures.get("students_walking_to_school_share", "result", "").scope());
    }

    @Test
    void whatAClaimLacksIsNotRecordedAndTheRestIs() {
        outcomes.record(award(claim(null, "%", null, figure("1", "exact", "2023")),
                claim("Students walking to school", " ", null, figure("1", "exact", "2023")),
                claim("Students walking to school", "%", figure(null, "exact", "2019"), figure("95", "exact", null)),
                claim("Direct beneficiaries", "people", null, figure("-5", "exact", "2023"))));
        assertEquals(1, figures.stored.size(), "one result without a period; no value, no indicator, no unit or a negative count: nothing");
        assertEquals(null, figures.get("students_walking_to_school_share", "result", "").period());
    }

    @Test
    void recordingTheSameAwardAgainChangesNothing() {
        Award award = award(claim("Students walking to school", "%", figure("30", "exact", "2019"), figure("95", "exact", "2023")));
        outcomes.record(award);
        Map<List<Object>, Observation> before = new LinkedHashMap<>(figures.stored);
        changed.fired.clear();
        assertFalse(outcomes.record(award));
        assertEquals(before, figures.stored);
        assertEquals(List.of(), changed.fired);
    }

    @Test
    void anAwardPlacesItsInitiativeUntilTheCatalogueDescribesIt() {
        outcomes.record(award());
        assertEquals(List.of("School routes", "Xianning", CatalogProjection.FROM_AWARD),
                List.of(projection.initiatives.get(INITIATIVE).title, projection.initiatives.get(INITIATIVE).cityName,
                        projection.initiatives.get(INITIATIVE).version));
        assertEquals(new ArrayList<>(List.of(CITY)), new ArrayList<>(projection.cities.keySet()));
    }
}

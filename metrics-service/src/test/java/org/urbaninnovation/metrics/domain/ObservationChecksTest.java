package org.urbaninnovation.metrics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.commons.domain.InvalidInput;
import org.urbaninnovation.commons.domain.Violation;

/** The checks of an ingest's rows, against indicators and catalogue initiatives held in memory. */
class ObservationChecksTest {

    private static final UUID KNOWN = UUID.fromString("11111111-0000-4000-8000-000000000001");
    private static final UUID STRANGER = UUID.fromString("99999999-0000-4000-8000-000000000000");

    private final ObservationChecks checks = new ObservationChecks(new InMemoryIndicators()
            .with("households_benefiting", "households", "higher_is_better", true)
            .with("direct_beneficiaries", "people", "higher_is_better", true)
            .with("temperature_change", "°C", "lower_is_better", false)
            .with("migratory_birds_in_protection_area", "birds", "higher_is_better", true)
            .converting("million people", "people", "1000000"),
            ids -> ids.contains(KNOWN) ? Set.of(KNOWN) : Set.of());

    private static ObservationDraft row(String indicator, String phase, String period, String value, String unit) {
        return new ObservationDraft(KNOWN, indicator, phase, period, null, value == null ? null : new BigDecimal(value), null,
                null, null, unit, new ObservationDraft.Source("report.pdf", "We reached " + value + " " + unit + "."), null);
    }

    private static List<Violation> refusal(ObservationChecks checks, ObservationDraft... rows) {
        return assertThrows(InvalidInput.class, () -> checks.ofIngest(Arrays.asList(rows))).violations();
    }

    @Test
    void aCheckedRowKeepsTheFigureAsReportedAndParsesItsPeriod() {
        Observation o = checks.ofIngest(List.of(row("households_benefiting", "result", "2023-Q3", "120", "households"))).get(0);
        assertEquals(new Period("2023-Q3", LocalDate.of(2023, 7, 1), LocalDate.of(2023, 10, 1)), o.period());
        assertEquals(new BigDecimal("120"), o.value());
        assertEquals(new BigDecimal("120"), o.normalizedValue());
        assertEquals("exact", o.qualifier());
        assertEquals("", o.scope());
        assertEquals("report.pdf", o.sourceDocument());
    }

    @Test
    void aCountIsNeverNegativeButAChangeMayBe() {
        assertEquals(List.of(new Violation("[0].value", "must not be negative: households_benefiting counts households")),
                refusal(checks, row("households_benefiting", "result", "2023", "-3", "households")));
        assertEquals(new BigDecimal("-2"),
                checks.ofIngest(List.of(row("temperature_change", "result", "2023", "-2", "°C"))).get(0).value());
    }

    @Test
    void anImpossiblePeriodIsRefusedWithTheFormatsItMayHave() {
        assertEquals(List.of(new Violation("[0].period",
                "must be an ISO 8601 period (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD), not '2023-13'")),
                refusal(checks, row("households_benefiting", "result", "2023-13", "3", "households")));
    }

    @Test
    void figuresBeyondFifteenDigitsOrSixDecimalsAreRefused() {
        assertEquals(List.of(new Violation("[0].value", "must have at most 15 digits before the decimal point"),
                new Violation("[1].value", "must have at most 15 digits before the decimal point"),
                new Violation("[2].value", "must have at most 6 decimals")),
                refusal(checks, row("households_benefiting", "result", "2023", "1e309", "households"),
                        row("households_benefiting", "result", "2024", "1234567890123456", "households"),
                        row("households_benefiting", "result", "2025", "0.0000001", "households")));
        assertEquals(new BigDecimal("999999999999999.999999"), checks.ofIngest(List.of(
                row("households_benefiting", "result", "2026", "999999999999999.999999", "households"))).get(0).value());
    }

    @Test
    void theIndicatorMustExistAndTheInitiativeBeKnownFromTheCatalogue() {
        ObservationDraft stranger = new ObservationDraft(STRANGER, "households_benefiting", "result", "2023", null,
                BigDecimal.ONE, null, null, null, "households", null, null);
        assertEquals(List.of(new Violation("[0].indicator", "unknown indicator 'no_such_indicator'; see GET /api/v1/indicators"),
                new Violation("[1].initiativeId", "is not an initiative of the catalogue (or its event has not arrived yet)")),
                refusal(checks, row("no_such_indicator", "result", "2023", "3", "households"), stranger));
    }

    @Test
    void theSeedMayPrecedeTheCataloguesEvents() {
        ObservationDraft stranger = new ObservationDraft(STRANGER, "households_benefiting", "result", "2023", null,
                BigDecimal.ONE, null, null, null, "households", null, null);
        assertEquals(STRANGER, checks.ofSeed(List.of(stranger)).get(0).initiativeId());
    }

    @Test
    void aDeclaredConversionGivesTheValueInTheIndicatorsUnitAndAnyOtherUnitIsRefused() {
        Observation converted = checks.ofIngest(List.of(row("direct_beneficiaries", "target", "2033", "1.5", "million people")))
                .get(0);
        assertEquals("million people", converted.unit());
        assertEquals(new BigDecimal("1.5"), converted.value());
        assertEquals(0, new BigDecimal("1500000").compareTo(converted.normalizedValue()));
        assertEquals(List.of(new Violation("[0].unit",
                "'dogs' is not the unit of direct_beneficiaries ('people') nor a declared conversion to it")),
                refusal(checks, row("direct_beneficiaries", "target", "2034", "3", "dogs")));
    }

    @Test
    void aRangeHasALowAndAHighInsteadOfAValue() {
        ObservationDraft upsideDown = new ObservationDraft(KNOWN, "migratory_birds_in_protection_area", "result", "2037", null,
                null, "range", new BigDecimal("50"), new BigDecimal("20"), "birds", null, null);
        ObservationDraft both = new ObservationDraft(KNOWN, "migratory_birds_in_protection_area", "result", "2038", null,
                BigDecimal.TEN, "range", null, new BigDecimal("20"), "birds", null, null);
        assertEquals(List.of(new Violation("[0].low", "must not exceed high (20)"),
                new Violation("[1].value", "must be absent for a range; give low and high"),
                new Violation("[1].low", "is required for a range")), refusal(checks, upsideDown, both));
        ObservationDraft range = new ObservationDraft(KNOWN, "migratory_birds_in_protection_area", "result", "2039", null,
                null, "range", new BigDecimal("20"), new BigDecimal("50"), "birds", null, null);
        Observation checked = checks.ofIngest(List.of(range)).get(0);
        assertEquals("range", checked.qualifier());
        assertEquals(null, checked.normalizedValue());
    }

    @Test
    void closedVocabulariesNameTheirWords() {
        ObservationDraft qualifier = new ObservationDraft(KNOWN, "households_benefiting", "result", "2023", null,
                BigDecimal.ONE, "roughly", null, null, "households", null, null);
        assertEquals(List.of(new Violation("[0].phase", "must be one of " + Phase.NAMES),
                new Violation("[1].qualifier", "must be one of exact, approximately, more_than, less_than, up_to, range")),
                refusal(checks, row("households_benefiting", "final", "2023", "3", "households"), qualifier));
    }

    @Test
    void oneBadRowRefusesTheWholeBatchAndNamesEachProblemByItsRow() {
        ObservationDraft good = row("households_benefiting", "result", "2036-01", "3", "households");
        List<ObservationDraft> batch = new ArrayList<>(List.of(good,
                row("households_benefiting", "result", "2036", "-3", "households")));
        batch.add(null);
        batch.add(good);
        assertEquals(List.of(new Violation("[1].value", "must not be negative: households_benefiting counts households"),
                new Violation("[2]", "must be an observation object, not null"),
                new Violation("[3]", "repeats the key (initiativeId, indicator, phase, period, scope) of an earlier row")),
                assertThrows(InvalidInput.class, () -> checks.ofIngest(batch)).violations());
    }
}

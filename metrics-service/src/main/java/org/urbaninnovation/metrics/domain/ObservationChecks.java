package org.urbaninnovation.metrics.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.commons.domain.InvalidInput;
import org.urbaninnovation.commons.domain.Violation;

/**
 * The checks of a batch of figures before anything is recorded: every row is checked, and the batch
 * is refused as a whole when one row is wrong, naming each problem by the row's index
 * ({@code [3].period}). A row's indicator must exist and its unit be the indicator's or declared
 * as convertible into it; counts are never negative; a range has low and high instead of a value.
 */
@ApplicationScoped
public class ObservationChecks {

    /** Larger figures are typing errors or overflow attempts (1e309), never outcomes of a city. */
    public static final int MAX_INTEGER_DIGITS = 15;
    public static final int MAX_FRACTION_DIGITS = 6;

    private final IndicatorStore indicators;
    private final KnownInitiatives initiatives;

    public ObservationChecks(IndicatorStore indicators, KnownInitiatives initiatives) {
        this.indicators = indicators;
        this.initiatives = initiatives;
    }

    /** The rows that passed, and the problems of those that did not, each named by the row's index. */
    public record Checked(List<Observation> observations, List<Violation> refused) {
    }

    /** The rows of an ingest: their initiatives must be known from the catalogue. */
    public List<Observation> ofIngest(List<ObservationDraft> drafts) {
        Set<UUID> known = new HashSet<>(initiatives.among(drafts.stream().filter(Objects::nonNull)
                .map(ObservationDraft::initiativeId).filter(Objects::nonNull).distinct().toList()));
        return refusedAsAWhole(check(drafts, known::contains));
    }

    /** The seed's rows: the seed may precede the catalogue's events, so its initiatives are not checked. */
    public List<Observation> ofSeed(List<ObservationDraft> drafts) {
        return refusedAsAWhole(check(drafts, id -> true));
    }

    /**
     * The figures of an award's outcome claims, row by row: the award is the initiative's
     * announcement (it is not checked against the catalogue), and a figure this service cannot
     * record (a negative count, a unit it cannot convert) leaves the others recorded, since no
     * client is there to correct the batch.
     */
    public Checked ofAward(List<ObservationDraft> drafts) {
        return check(drafts, id -> true);
    }

    private static List<Observation> refusedAsAWhole(Checked checked) {
        InvalidInput.throwIfAny(checked.refused());
        return checked.observations();
    }

    private Checked check(List<ObservationDraft> drafts, Predicate<UUID> knownInitiative) {
        Map<String, Indicator> byCode = indicators.byCode();
        Map<String, Map<String, BigDecimal>> conversions = new HashMap<>();
        Set<List<Object>> keys = new HashSet<>();
        List<Violation> violations = new ArrayList<>();
        List<Observation> checked = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ObservationDraft d = drafts.get(i);
            RowCheck row = new RowCheck("[" + i + "]", violations);
            if (d == null) {
                row.fail("", "must be an observation object, not null");
                continue;
            }
            if (!knownInitiative.test(d.initiativeId())) {
                row.fail("initiativeId", "is not an initiative of the catalogue (or its event has not arrived yet)");
            }
            Indicator indicator = byCode.get(d.indicator());
            if (indicator == null) {
                row.fail("indicator", "unknown indicator '" + d.indicator() + "'; see GET /api/v1/indicators");
            }
            if (Phase.of(d.phase()).isEmpty()) {
                row.fail("phase", "must be one of " + Phase.NAMES);
            }
            Period period = row.period(d.period());
            Qualifier qualifier = Qualifier.of(d.qualifierOrExact()).orElse(null);
            if (qualifier == null) {
                row.fail("qualifier", "must be one of " + Qualifier.NAMES);
            }
            row.figures(d, qualifier, indicator);
            BigDecimal factor = indicator == null ? null
                    : factor(d.unit(), indicator, conversions.computeIfAbsent(indicator.unit, indicators::conversionsTo));
            if (indicator != null && factor == null) {
                row.fail("unit", "'" + d.unit() + "' is not the unit of " + indicator.code + " ('" + indicator.unit
                        + "') nor a declared conversion to it");
            }
            if (!keys.add(Arrays.asList(d.initiativeId(), d.indicator(), d.phase(), d.period(), d.scopeOrEmpty()))) {
                row.fail("", "repeats the key (initiativeId, indicator, phase, period, scope) of an earlier row");
            }
            if (row.ok()) {
                BigDecimal normalized = d.value() == null ? null : d.value().multiply(factor);
                checked.add(new Observation(d.initiativeId(), d.indicator(), d.phase(), period, d.scopeOrEmpty(), d.value(),
                        qualifier.wire(), d.low(), d.high(), d.unit(), normalized,
                        d.source() == null ? null : d.source().document(), d.source() == null ? null : d.source().quote(),
                        d.note()));
            }
        }
        return new Checked(checked, violations);
    }

    private static BigDecimal factor(String unit, Indicator indicator, Map<String, BigDecimal> conversions) {
        return indicator.unit.equals(unit) ? BigDecimal.ONE : conversions.get(unit);
    }

    /** The checks of one row, collecting violations under the row's index. */
    private static final class RowCheck {
        private final String index;
        private final List<Violation> violations;
        private boolean ok = true;

        RowCheck(String index, List<Violation> violations) {
            this.index = index;
            this.violations = violations;
        }

        /** A violation of a field of the row, or of the row itself when {@code field} is empty. */
        void fail(String field, String message) {
            violations.add(new Violation(field.isEmpty() ? index : index + "." + field, message));
            ok = false;
        }

        boolean ok() {
            return ok;
        }

        Period period(String text) {
            if (text == null) {
                return null;
            }
            try {
                return Period.parse(text);
            } catch (IllegalArgumentException e) {
                fail("period", e.getMessage());
                return null;
            }
        }

        void figures(ObservationDraft d, Qualifier qualifier, Indicator indicator) {
            if (qualifier == Qualifier.RANGE) {
                if (d.value() != null) {
                    fail("value", "must be absent for a range; give low and high");
                }
                if (d.low() == null || d.high() == null) {
                    fail(d.low() == null ? "low" : "high", "is required for a range");
                } else if (d.low().compareTo(d.high()) > 0) {
                    fail("low", "must not exceed high (" + d.high().toPlainString() + ")");
                }
            } else {
                if (d.value() == null) {
                    fail("value", "is required (or use qualifier 'range' with low and high)");
                }
                if (d.low() != null || d.high() != null) {
                    fail(d.low() != null ? "low" : "high", "is only for qualifier 'range'");
                }
            }
            number("value", d.value(), indicator);
            number("low", d.low(), indicator);
            number("high", d.high(), indicator);
        }

        private void number(String field, BigDecimal n, Indicator indicator) {
            if (n == null) {
                return;
            }
            if (n.precision() - n.scale() > MAX_INTEGER_DIGITS) {
                fail(field, "must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
            } else if (n.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS) {
                fail(field, "must have at most " + MAX_FRACTION_DIGITS + " decimals");
            } else if (n.signum() < 0 && indicator != null && indicator.additive) {
                fail(field, "must not be negative: " + indicator.code + " counts " + indicator.unit);
            }
        }
    }
}

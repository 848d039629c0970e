package org.urbaninnovation.metrics.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;


import org.urbaninnovation.commons.problem.ProblemException;
import org.urbaninnovation.commons.problem.ProblemType;
import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.metrics.persistence.IndicatorRepository;
import org.urbaninnovation.metrics.persistence.ObservationStore;
import org.urbaninnovation.metrics.persistence.ObservationStore.Write;
import org.urbaninnovation.metrics.persistence.ObservationStore.RollupKey;
import org.urbaninnovation.metrics.persistence.ObservationStore.Row;

/**
 * Records observations: every row is checked first and the batch is refused as a whole when one
 * row is wrong, naming each problem by its index; then the rows are upserted by their key and
 * the rollup follows in the same transaction.
 */
@ApplicationScoped
public class ObservationIngest {

    public static final int MAX_ROWS = 1000;
    /** Larger figures are typing errors or overflow attempts (1e309), never outcomes of a city. */
    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_FRACTION_DIGITS = 6;

    /** How many rows an ingest inserted, changed and found already recorded. */
    public record Result(int inserted, int updated, int unchanged) {
    }

    private final IndicatorRepository indicators;
    private final ObservationStore store;
    private final EntityManager em;
    private final AnswerCache cache;

    public ObservationIngest(IndicatorRepository indicators, ObservationStore store, EntityManager em,
            AnswerCache cache) {
        this.indicators = indicators;
        this.store = store;
        this.em = em;
        this.cache = cache;
    }

    /** Upserts the rows of an ingest; initiatives must be known from the catalogue. */
    @Transactional
    public Result ingest(List<ObservationDraft> drafts) {
        List<Row> rows = validate(drafts, true);
        store.lockRollup(rows.stream().map(ObservationIngest::rollupKey).toList());
        int inserted = 0;
        int updated = 0;
        Set<RollupKey> touched = new LinkedHashSet<>();
        for (Row row : rows) {
            Write write = store.upsert(row);
            if (write != Write.UNCHANGED) {
                touched.add(rollupKey(row));
                inserted += write == Write.INSERTED ? 1 : 0;
                updated += write == Write.UPDATED ? 1 : 0;
            }
        }
        store.refreshRollup(touched);
        if (!touched.isEmpty()) {
            cache.invalidateAfterCommit();
        }
        return new Result(inserted, updated, rows.size() - inserted - updated);
    }

    /**
     * Adds the seed's rows that are not recorded yet. The seed may precede the catalogue's events,
     * so its initiatives are not checked against the projection.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int seed(List<ObservationDraft> drafts) {
        List<Row> rows = validate(drafts, false);
        store.lockRollup(rows.stream().map(ObservationIngest::rollupKey).toList());
        Set<RollupKey> touched = new LinkedHashSet<>();
        int inserted = 0;
        for (Row row : rows) {
            if (store.insertIfAbsent(row)) {
                touched.add(rollupKey(row));
                inserted++;
            }
        }
        store.refreshRollup(touched);
        return inserted;
    }

    private List<Row> validate(List<ObservationDraft> drafts, boolean knownInitiativesOnly) {
        Map<String, Indicator> byCode = indicators.byCode();
        Map<String, Map<String, BigDecimal>> conversions = new HashMap<>();
        Set<UUID> known = knownInitiativesOnly ? knownInitiatives(drafts) : Set.of();
        Set<List<Object>> keys = new HashSet<>();
        List<Violation> violations = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ObservationDraft d = drafts.get(i);
            RowCheck check = new RowCheck("[" + i + "].", violations);
            if (d == null) {
                check.fail("", "must be an observation object, not null");
                continue;
            }
            if (knownInitiativesOnly && !known.contains(d.initiativeId())) {
                check.fail("initiativeId", "is not an initiative of the catalogue (or its event has not arrived yet)");
            }
            Indicator indicator = byCode.get(d.indicator());
            if (indicator == null) {
                check.fail("indicator", "unknown indicator '" + d.indicator() + "'; see GET /api/v1/indicators");
            }
            if (Phase.of(d.phase()).isEmpty()) {
                check.fail("phase", "must be one of " + Phase.NAMES);
            }
            Period period = check.period(d.period());
            Qualifier qualifier = Qualifier.of(d.qualifierOrExact()).orElse(null);
            if (qualifier == null) {
                check.fail("qualifier", "must be one of " + Qualifier.NAMES);
            }
            check.figures(d, qualifier, indicator);
            BigDecimal factor = indicator == null ? null
                    : factor(d.unit(), indicator, conversions.computeIfAbsent(indicator.unit, indicators::conversionsTo));
            if (indicator != null && factor == null) {
                check.fail("unit", "'" + d.unit() + "' is not the unit of " + indicator.code + " ('" + indicator.unit
                        + "') nor a declared conversion to it");
            }
            if (!keys.add(java.util.Arrays.asList(d.initiativeId(), d.indicator(), d.phase(), d.period(), d.scopeOrEmpty()))) {
                check.fail("", "repeats the key (initiativeId, indicator, phase, period, scope) of an earlier row");
            }
            if (check.ok()) {
                BigDecimal normalized = d.value() == null ? null : d.value().multiply(factor);
                rows.add(new Row(d.initiativeId(), d.indicator(), d.phase(), period, d.scopeOrEmpty(), d.value(),
                        qualifier.wire(), d.low(), d.high(), d.unit(), normalized,
                        d.source() == null ? null : d.source().document(), d.source() == null ? null : d.source().quote(),
                        d.note()));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, violations.size()
                    + " problem(s) in the observations; nothing was recorded. First: " + violations.get(0).field() + " "
                    + violations.get(0).message(), violations);
        }
        return rows;
    }

    private static RollupKey rollupKey(Row row) {
        return new RollupKey(row.indicator(), row.initiativeId(), row.phase());
    }

    private static BigDecimal factor(String unit, Indicator indicator, Map<String, BigDecimal> conversions) {
        return indicator.unit.equals(unit) ? BigDecimal.ONE : conversions.get(unit);
    }

    private Set<UUID> knownInitiatives(List<ObservationDraft> drafts) {
        List<UUID> ids = drafts.stream().filter(d -> d != null && d.initiativeId() != null)
                .map(ObservationDraft::initiativeId).distinct().toList();
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select i.id from CatalogInitiative i where i.id in ?1", UUID.class)
                .setParameter(1, ids).getResultList());
    }

    /** The checks of one row, collecting violations under the row's index. */
    private static final class RowCheck {
        private final String prefix;
        private final List<Violation> violations;
        private boolean ok = true;

        RowCheck(String prefix, List<Violation> violations) {
            this.prefix = prefix;
            this.violations = violations;
        }

        void fail(String field, String message) {
            String name = field.isEmpty() ? prefix.substring(0, prefix.length() - 1) : prefix + field;
            violations.add(new Violation(name, message));
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

package org.urbaninnovation.metrics.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.urbaninnovation.metrics.domain.Indicator;
import org.urbaninnovation.metrics.domain.IndicatorStore;
import org.urbaninnovation.metrics.domain.UnitConversion;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class IndicatorRepository implements IndicatorStore, PanacheRepositoryBase<Indicator, String> {

    /** Held by the seeding transaction: replicas starting together would both insert the same rows. */
    private static final long SEED_LOCK = 7358;

    @Override
    public List<Indicator> all() {
        return listAll(Sort.by("code"));
    }

    @Override
    public Optional<Indicator> withCode(String code) {
        return findByIdOptional(code);
    }

    @Override
    public List<Indicator> named(String name) {
        return list("lower(trim(name)) = :name", Sort.by("code"), Parameters.with("name", name.trim().toLowerCase(Locale.ROOT)));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Indicator indicator) {
        persist(indicator);
        // The figures that follow are written over JDBC and reference the indicator.
        flush();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, BigDecimal> conversionsTo(String toUnit) {
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select from_unit, factor from unit_conversion where to_unit = :toUnit")
                .setParameter("toUnit", toUnit).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (BigDecimal) r[1]));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void saveReferenceData(List<Indicator> indicators, List<UnitConversion> conversions) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(:lock)").setParameter("lock", SEED_LOCK)
                .getSingleResult();
        indicators.forEach(getEntityManager()::merge);
        for (UnitConversion c : conversions) {
            getEntityManager().createNativeQuery("""
                    insert into unit_conversion (from_unit, to_unit, factor) values (:fromUnit, :toUnit, :factor)
                    on conflict (from_unit, to_unit) do update set factor = excluded.factor""")
                    .setParameter("fromUnit", c.fromUnit()).setParameter("toUnit", c.toUnit())
                    .setParameter("factor", c.factor()).executeUpdate();
        }
        // The observations that follow are written over JDBC and reference these indicators.
        flush();
    }
}

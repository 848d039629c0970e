package org.urbaninnovation.metrics.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.metrics.domain.Indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

    public List<Indicator> all() {
        return listAll(Sort.by("code"));
    }

    public Map<String, Indicator> byCode() {
        return all().stream().collect(Collectors.toMap(i -> i.code, i -> i));
    }

    /** Declared conversions into a unit: reported unit to the factor that turns it into {@code toUnit}. */
    @SuppressWarnings("unchecked")
    public Map<String, BigDecimal> conversionsTo(String toUnit) {
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select from_unit, factor from unit_conversion where to_unit = ?1")
                .setParameter(1, toUnit).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (BigDecimal) r[1]));
    }

    public void declareConversion(String fromUnit, String toUnit, BigDecimal factor) {
        getEntityManager().createNativeQuery("insert into unit_conversion (from_unit, to_unit, factor) values (?1, ?2, ?3)"
                + " on conflict (from_unit, to_unit) do update set factor = excluded.factor")
                .setParameter(1, fromUnit).setParameter(2, toUnit).setParameter(3, factor).executeUpdate();
    }
}

package org.urbaninnovation.metrics.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The indicators and the declared unit conversions into their units. */
public interface IndicatorStore {

    /** Every indicator, by code. */
    List<Indicator> all();

    Optional<Indicator> withCode(String code);

    /** The indicators of this name, letter case and surrounding spaces aside. */
    List<Indicator> named(String name);

    /** Adds an indicator now: figures written next in the same transaction reference it. */
    void add(Indicator indicator);

    default Map<String, Indicator> byCode() {
        return all().stream().collect(Collectors.toMap(i -> i.code, i -> i));
    }

    /** Declared conversions into a unit: reported unit to the factor that turns it into {@code toUnit}. */
    Map<String, BigDecimal> conversionsTo(String toUnit);

    /**
     * Makes the indicators and conversions what the seed says, keeping the rest; held until commit
     * against another replica seeding at the same time.
     */
    void saveReferenceData(List<Indicator> indicators, List<UnitConversion> conversions);
}

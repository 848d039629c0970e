package org.urbaninnovation.metrics.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Indicators and conversions held in memory, for rules tested without a database. */
final class InMemoryIndicators implements IndicatorStore {

    private final Map<String, Indicator> indicators = new TreeMap<>();
    private final Map<String, Map<String, BigDecimal>> conversions = new HashMap<>();

    /** An indicator; {@code additive} when its values add up across places (counts, money). */
    InMemoryIndicators with(String code, String unit, String direction, boolean additive) {
        Indicator indicator = new Indicator();
        indicator.code = code;
        indicator.name = code.replace('_', ' ');
        indicator.unit = unit;
        indicator.direction = direction;
        indicator.additive = additive;
        indicators.put(code, indicator);
        return this;
    }

    InMemoryIndicators converting(String fromUnit, String toUnit, String factor) {
        conversions.computeIfAbsent(toUnit, unit -> new HashMap<>()).put(fromUnit, new BigDecimal(factor));
        return this;
    }

    @Override
    public List<Indicator> all() {
        return List.copyOf(indicators.values());
    }

    @Override
    public Optional<Indicator> withCode(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    @Override
    public List<Indicator> named(String name) {
        return indicators.values().stream().filter(i -> i.name.trim().equalsIgnoreCase(name.trim())).toList();
    }

    @Override
    public void add(Indicator indicator) {
        indicators.put(indicator.code, indicator);
    }

    @Override
    public Map<String, BigDecimal> conversionsTo(String toUnit) {
        return conversions.getOrDefault(toUnit, Map.of());
    }

    @Override
    public void saveReferenceData(List<Indicator> indicators, List<UnitConversion> conversions) {
        throw new UnsupportedOperationException("rules never seed");
    }
}

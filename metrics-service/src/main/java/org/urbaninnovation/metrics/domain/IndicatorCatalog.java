package org.urbaninnovation.metrics.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.commons.domain.NotFound;

/** What can be measured: the indicators, with their unit, good direction, themes and SDG targets. */
@ApplicationScoped
public class IndicatorCatalog {

    private final IndicatorStore indicators;

    public IndicatorCatalog(IndicatorStore indicators) {
        this.indicators = indicators;
    }

    /** The indicators of a theme by code; all of them when {@code theme} is null. */
    public List<Indicator> withTheme(String theme) {
        return indicators.all().stream().filter(i -> theme == null || List.of(i.themes).contains(theme)).toList();
    }

    public Indicator get(String code) {
        return indicators.withCode(code).orElseThrow(() -> new NotFound("No indicator with code '" + code + "'."));
    }
}

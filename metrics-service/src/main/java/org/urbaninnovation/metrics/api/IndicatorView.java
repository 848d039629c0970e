package org.urbaninnovation.metrics.api;

import java.util.Arrays;
import java.util.List;

import org.urbaninnovation.commons.http.Columns;
import org.urbaninnovation.metrics.domain.Indicator;

/** An indicator's definition: unit, good direction, themes and SDG targets. */
public record IndicatorView(String code, String name, String description, String unit, String direction,
        boolean additive, List<String> themes, List<String> sdgTargets) {

    static final Columns<IndicatorView> COLUMNS = new Columns<>(
            List.of("code", "name", "description", "unit", "direction", "additive", "themes", "sdgTargets"),
            i -> Arrays.asList(i.code, i.name, i.description, i.unit, i.direction, i.additive, i.themes, i.sdgTargets));

    static IndicatorView of(Indicator i) {
        return new IndicatorView(i.code, i.name, i.description, i.unit, i.direction, i.additive, List.of(i.themes),
                List.of(i.sdgTargets));
    }
}

package org.urbaninnovation.metrics.api;

import java.util.Arrays;
import java.util.List;

import org.urbaninnovation.commons.http.Tabular;
import org.urbaninnovation.metrics.domain.Series;

/** A chart series as answered; as CSV, one row per point with the series' unit. */
public record SeriesView(String indicator, String unit, String by, List<Series.Point> items) implements Tabular {

    private static final List<String> COLUMNS = List.of("series", "initiativeId", "cityId", "city", "phase", "period",
            "time", "value", "unit", "observations");

    static SeriesView of(Series.Result result) {
        return new SeriesView(result.indicator(), result.unit(), result.by(), result.items());
    }

    @Override
    public List<String> csvHeader() {
        return COLUMNS;
    }

    @Override
    public List<? extends List<?>> csvRows() {
        return items.stream().map(p -> Arrays.<Object>asList(p.series(), p.initiativeId(), p.cityId(), p.city(), p.phase(),
                p.period(), p.time(), p.value(), unit, p.observations())).toList();
    }
}

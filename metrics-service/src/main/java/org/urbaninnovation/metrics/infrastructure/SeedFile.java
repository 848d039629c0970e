package org.urbaninnovation.metrics.infrastructure;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.urbaninnovation.metrics.domain.Indicator;
import org.urbaninnovation.metrics.domain.ObservationDraft;
import org.urbaninnovation.metrics.domain.UnitConversion;

/** {@code seed/metrics.json}: the figures of the source document, with the sentence each comes from. */
record SeedFile(Source source, List<UnitConversion> conversions, List<SeedIndicator> indicators,
        List<SeedObservation> observations) {

    record Source(String document) {
    }

    record SeedIndicator(String code, String name, String description, String unit, String direction, boolean additive,
            List<String> themes, List<String> sdgTargets) {

        Indicator toIndicator() {
            Indicator indicator = new Indicator();
            indicator.code = code;
            indicator.name = name;
            indicator.description = description;
            indicator.unit = unit;
            indicator.direction = direction;
            indicator.additive = additive;
            indicator.themes = themes.toArray(String[]::new);
            indicator.sdgTargets = sdgTargets.toArray(String[]::new);
            return indicator;
        }
    }

    /** {@code initiativeIndex} and {@code city} help a reviewer; the initiative id is what counts. */
    record SeedObservation(UUID initiativeId, int initiativeIndex, String city, String indicator, String phase,
            String period, String scope, BigDecimal value, String qualifier, BigDecimal low, BigDecimal high, String unit,
            String quote, String note) {

        ObservationDraft toDraft(String document) {
            return new ObservationDraft(initiativeId, indicator, phase, period, scope, value, qualifier, low, high, unit,
                    new ObservationDraft.Source(document, quote), note);
        }
    }
}

package org.urbaninnovation.metrics.domain;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.commons.domain.InvalidInput;

/** Baseline → result pairs with their change, and whether it improves by the indicator's direction. */
@ApplicationScoped
public class Outcomes {

    private final ObservationQueries queries;
    private final IndicatorStore indicators;

    public Outcomes(ObservationQueries queries, IndicatorStore indicators) {
        this.queries = queries;
        this.indicators = indicators;
    }

    /** A page of the outcomes whose result passes the filter; {@code improved} null for all. */
    public List<Outcome> page(ObservationFilter filter, Boolean improved, int page, int size) {
        requireNoPhase(filter);
        Map<String, Indicator> byCode = indicators.byCode();
        return queries.outcomes(filter, improved, page, size).stream()
                .map(pair -> Outcome.of(pair, byCode.get(pair.indicator()))).toList();
    }

    public long count(ObservationFilter filter, Boolean improved) {
        requireNoPhase(filter);
        return queries.countOutcomes(filter, improved);
    }

    private static void requireNoPhase(ObservationFilter filter) {
        if (filter.phase() != null) {
            throw InvalidInput.of("phase", "does not apply to outcomes, which pair a baseline with a result");
        }
    }
}

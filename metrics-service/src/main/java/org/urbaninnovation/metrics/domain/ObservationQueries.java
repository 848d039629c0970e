package org.urbaninnovation.metrics.domain;

import java.util.List;

/** Reads of observations: filtered pages, chart series and baseline → result pairs. */
public interface ObservationQueries {

    /** A page of the observations that pass the filter, in a stable order. */
    List<ObservationRecord> page(ObservationFilter filter, int page, int size);

    long count(ObservationFilter filter);

    /** Observations of one indicator in chart order (city, initiative, phase, scope, period); at most {@code limit}. */
    List<ObservationRecord> series(ObservationFilter filter, int limit);

    /** A page of the pairs whose result passes the filter; {@code improved} null for all. */
    List<Outcome.Pair> outcomes(ObservationFilter filter, Boolean improved, int page, int size);

    long countOutcomes(ObservationFilter filter, Boolean improved);
}

package org.urbaninnovation.metrics.domain;

import java.util.List;

/**
 * Where observations are kept, together with what is derived from them (the aggregate rollup and
 * the outcome pairs), which every write keeps current in its own transaction: an aggregate read
 * right after an ingest already counts it.
 */
public interface ObservationStore {

    /** Inserts or updates each observation by its key; one equal to the stored one is left untouched. */
    Recorded upsert(List<Observation> observations);

    /** Inserts the observations whose key is not recorded yet; returns how many. */
    int insertMissing(List<Observation> observations);

    /** Recomputes everything derived, from every observation (after a bulk load that bypassed the ingest). */
    void rebuildDerived();
}

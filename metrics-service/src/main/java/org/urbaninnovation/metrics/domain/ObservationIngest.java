package org.urbaninnovation.metrics.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * Records observations, all or nothing: the batch is checked first ({@link ObservationChecks}),
 * then upserted by key, with the derived figures following in the same transaction.
 */
@ApplicationScoped
public class ObservationIngest {

    public static final int MAX_ROWS = 1000;

    private final ObservationChecks checks;
    private final ObservationStore store;
    private final Event<FiguresChanged> changed;

    public ObservationIngest(ObservationChecks checks, ObservationStore store, Event<FiguresChanged> changed) {
        this.checks = checks;
        this.store = store;
        this.changed = changed;
    }

    /** Upserts the rows of an ingest; initiatives must be known from the catalogue. */
    @Transactional
    public Recorded ingest(List<ObservationDraft> drafts) {
        Recorded recorded = store.upsert(checks.ofIngest(drafts));
        if (recorded.changedAnything()) {
            changed.fire(new FiguresChanged());
        }
        return recorded;
    }

    /** Adds the seed's rows that are not recorded yet, never overwriting what was ingested since. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int seed(List<ObservationDraft> drafts) {
        return store.insertMissing(checks.ofSeed(drafts));
    }

    /** Recomputes the derived figures from every observation, for bulk loads that bypassed the ingest. */
    public void rebuildDerived() {
        store.rebuildDerived();
        changed.fire(new FiguresChanged());
    }
}

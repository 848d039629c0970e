package org.urbaninnovation.metrics.domain;

/** What recording a batch did: rows inserted, rows changed, and rows already recorded as they are. */
public record Recorded(int inserted, int updated, int unchanged) {

    public boolean changedAnything() {
        return inserted + updated > 0;
    }
}

package org.urbaninnovation.metrics.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The catalogue projection as stored, with the cursor of the catalogue's feed. A page's effects
 * and the cursor's move are written in the same transaction, so each event takes effect once.
 */
public interface ProjectionStore {

    /** The sequence number of the last event applied; 0 before the first. */
    long cursor();

    /** The same, locked until the transaction ends: two replicas never apply one page together. */
    long lockCursor();

    /** Moves the cursor to {@code lastSeq}, counting {@code events} more events read past it. */
    void advance(long lastSeq, int events);

    /** Forgets every city and initiative and moves the cursor back to 0 (a replay from the first event). */
    void clear();

    Optional<CatalogCity> city(UUID id);

    Optional<CatalogInitiative> initiative(UUID id);

    /** The initiatives whose city is {@code cityId}. */
    List<CatalogInitiative> initiativesIn(UUID cityId);

    /** Keeps a city, new or changed. */
    void save(CatalogCity city);

    /** Keeps an initiative, new or changed. */
    void save(CatalogInitiative initiative);
}

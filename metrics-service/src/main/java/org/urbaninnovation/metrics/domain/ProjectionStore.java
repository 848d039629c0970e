package org.urbaninnovation.metrics.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The catalogue projection as stored; written in the transaction of the feed consumer, which also
 * moves the feed's cursor.
 */
public interface ProjectionStore {

    /** Forgets every city and initiative (a replay from the first event). */
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

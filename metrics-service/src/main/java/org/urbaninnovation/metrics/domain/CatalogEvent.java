package org.urbaninnovation.metrics.domain;

import java.util.List;
import java.util.UUID;

/**
 * An event of the catalogue's feed in this service's words: only what the projection needs, read
 * from the catalogue's envelope and payload in one place outside the domain. {@code seq} is the
 * event's place in the feed.
 */
public sealed interface CatalogEvent permits CatalogEvent.CityChanged, CatalogEvent.InitiativeChanged,
        CatalogEvent.Unreadable {

    long seq();

    /** A city as the catalogue now describes it; {@code version} is the catalogue's. */
    record CityChanged(long seq, UUID id, long version, String slug, String name, String country, Long population)
            implements CatalogEvent {
    }

    /** An initiative as the catalogue now describes it, with its city's place; {@code version} is the catalogue's. */
    record InitiativeChanged(long seq, UUID id, long version, String slug, String title, UUID cityId, String citySlug,
            String cityName, String country, String cycle, List<String> themes, List<Integer> sdgs, String status)
            implements CatalogEvent {
    }

    /** An event this service cannot read (a missing field, an unknown kind), and why. */
    record Unreadable(long seq, String type, String reason) implements CatalogEvent {
    }
}

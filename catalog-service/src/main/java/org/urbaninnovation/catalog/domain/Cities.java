package org.urbaninnovation.catalog.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The stored cities. */
public interface Cities {

    /** By id, or by slug when the text is not a well-formed id. */
    Optional<City> byIdOrSlug(String idOrSlug);

    Optional<City> byId(UUID id);

    /** One page of the cities by name (then id, for a stable order). */
    List<City> page(int page, int size);

    long total();

    boolean slugTakenByOther(String slug, UUID self);

    /** Published initiatives per city, for the given cities; a city without any is absent. */
    Map<UUID, Long> publishedInitiativeCounts(List<UUID> cityIds);

    PublishedVersions publishedVersions(UUID cityId);

    /** The city's current version (see {@link City#currentVersion}) in one query, nothing loaded; empty when there is no such city. */
    Optional<String> currentVersion(String idOrSlug);

    /** Stores a new city now, so that the version it gets is the one its event carries. */
    void add(City city);

    /** Writes the city's changes now, for the same reason. */
    void update(City city);
}

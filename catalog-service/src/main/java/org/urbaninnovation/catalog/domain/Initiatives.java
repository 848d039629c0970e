package org.urbaninnovation.catalog.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The stored initiatives, each read with its city. */
public interface Initiatives {

    /** By id, or by slug when the text is not a well-formed id; withdrawn ones too. */
    Optional<Initiative> byIdOrSlug(String idOrSlug);

    Optional<Initiative> byId(UUID id);

    /** The {@link Initiative#currentVersion()} of a published initiative, read without loading it. */
    Optional<String> publishedVersion(String idOrSlug);

    boolean exists(UUID id);

    boolean slugTakenByOther(String slug, UUID self);

    /** Published initiatives closest to {@code source} by shared salient terms and themes, closest first. */
    List<Initiative> similarTo(Initiative source, int limit);

    /** Every initiative, withdrawn ones included, by title. */
    List<Initiative> all();

    /** The published initiatives of a city, by title. */
    List<Initiative> publishedIn(City city);

    /** Published initiatives per theme code; a theme without any is absent. */
    Map<String, Long> publishedPerTheme();

    /**
     * The position of the catalogue's latest committed change (its outbox event): it moves with
     * every change to any initiative or city, in the transaction of the change.
     */
    long latestChange();

    /** Stores a new initiative now, so that the version it gets is the one its revision and its event carry. */
    void add(Initiative initiative);

    /** Writes the initiative's changes now, for the same reason. */
    void update(Initiative initiative);
}

package org.urbaninnovation.catalog.domain;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the catalogue searches. The first three are set from the environment in
 * {@code application.properties} ({@code CATALOG_SEARCH_CANDIDATE_CAP}, {@code CATALOG_SEARCH_CACHE_TTL},
 * {@code CATALOG_SEARCH_CACHE_SIZE}), where their defaults are.
 */
@ConfigMapping(prefix = "catalog.search")
public interface SearchSettings {

    /** How many matches a search ranks and counts at most: a word found in most rows costs a bounded amount of work. */
    int candidateCap();

    /** How long a search answer is reused at most (0: never); a write here empties the cache at once. */
    Duration cacheTtl();

    /** How many search answers are kept at most. */
    long cacheSize();

    /**
     * The share of rows from which a query's words are searched by reading the table in order rather
     * than through the index (the statistics that give the shares: {@code statisticsMaxAge}).
     */
    @WithDefault("0.1")
    double scanShare();

    /** How long the words' shares read from PostgreSQL's statistics are used before they are read again. */
    @WithDefault("10m")
    Duration statisticsMaxAge();
}

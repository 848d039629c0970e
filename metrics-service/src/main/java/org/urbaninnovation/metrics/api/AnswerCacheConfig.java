package org.urbaninnovation.metrics.api;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** How long and how many answers of public reads are kept ({@code metrics.cache-ttl}, {@code metrics.cache-size}). */
@ConfigMapping(prefix = "metrics")
public interface AnswerCacheConfig {

    /** At most how long an answer is kept ({@code METRICS_CACHE_TTL}; 0S: never). */
    Duration cacheTtl();

    /** How many answers at most ({@code METRICS_CACHE_SIZE}). */
    long cacheSize();
}

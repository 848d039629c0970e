package org.urbaninnovation.commons.cache;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Answers kept for a few seconds, so that the same question asked again (a dashboard's refresh, the
 * next visitor) costs nothing. Each answer lives between half the TTL and the TTL: answers first
 * computed together (a restart, a page of panels) would otherwise all expire together and be
 * computed again in one burst. {@link #invalidateAll()} is for the end of a writing transaction; an
 * answer computed while it happened is not kept, since it may have read the state before the write.
 * A zero TTL turns the cache off. Hits and misses are the {@code cache_gets} metric.
 */
public final class ShortLivedCache<K, V> {

    private final Cache<K, V> entries;
    private final AtomicLong generation = new AtomicLong();

    public ShortLivedCache(String name, Duration ttl, long maximumSize, MeterRegistry registry) {
        if (ttl.isZero()) {
            entries = null;
        } else {
            entries = Caffeine.newBuilder().expireAfter(jittered(ttl)).maximumSize(maximumSize).recordStats().build();
            CaffeineCacheMetrics.monitor(registry, entries, name);
        }
    }

    /** The answer for {@code key}, computed when absent and kept when {@code keep} accepts it. */
    public V get(K key, Supplier<V> compute, Predicate<V> keep) {
        if (entries == null) {
            return compute.get();
        }
        V cached = entries.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        V answer = compute.get();
        if (keep.test(answer)) {
            entries.put(key, answer);
            if (generation.get() != before) {
                entries.invalidate(key);
            }
        }
        return answer;
    }

    public void invalidateAll() {
        generation.incrementAndGet();
        if (entries != null) {
            entries.invalidateAll();
        }
    }

    private static <K, V> Expiry<K, V> jittered(Duration ttl) {
        long nanos = ttl.toNanos();
        return new Expiry<>() {
            @Override
            public long expireAfterCreate(K key, V value, long now) {
                return nanos / 2 + ThreadLocalRandom.current().nextLong(nanos / 2 + 1);
            }

            @Override
            public long expireAfterUpdate(K key, V value, long now, long remaining) {
                return expireAfterCreate(key, value, now);
            }

            @Override
            public long expireAfterRead(K key, V value, long now, long remaining) {
                return remaining;
            }
        };
    }
}

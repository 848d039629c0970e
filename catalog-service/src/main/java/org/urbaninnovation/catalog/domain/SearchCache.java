package org.urbaninnovation.catalog.domain;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.urbaninnovation.catalog.persistence.InitiativeSearch;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Search results kept for up to {@code catalog.search.cache-ttl} (0 turns the cache off), so that the
 * same search asked again (a popular word, the next visitor, the back button) costs nothing. Any
 * change written by this instance empties it once its transaction has ended; changes written by
 * another replica show after the TTL at the latest. Hits and misses are counted as the
 * {@code cache_gets} metric ({@code cache="catalog-search"}).
 */
@ApplicationScoped
public class SearchCache {

    /** What decides the answer: the query as PostgreSQL will read it, the filters, the order and the page. */
    private record Key(String tsquery, String city, String country, String theme, Integer sdg, String innovationType,
            String cycle, SearchCriteria.Sort sort, int page, int size) {

        static Key of(SearchCriteria c) {
            return new Key(c.hasText() ? c.query().tsquery() : null, c.city(),
                    c.country() == null ? null : c.country().toLowerCase(Locale.ROOT), c.theme(), c.sdg(),
                    c.innovationType(), c.cycle(), c.sort(), c.page(), c.size());
        }
    }

    private final Cache<Key, InitiativeSearch.Result> results;
    /** Incremented by every change, so that a search that overlapped one does not store what it read before it. */
    private final AtomicLong generation = new AtomicLong();

    public SearchCache(@ConfigProperty(name = "catalog.search.cache-ttl", defaultValue = "10s") Duration ttl,
            @ConfigProperty(name = "catalog.search.cache-size", defaultValue = "2000") long size, MeterRegistry registry) {
        if (ttl.isZero()) {
            results = null;
        } else {
            results = Caffeine.newBuilder().expireAfter(jittered(ttl)).maximumSize(size).recordStats().build();
            CaffeineCacheMetrics.monitor(registry, results, "catalog-search");
        }
    }

    /**
     * Each answer lives between half the TTL and the TTL: answers first asked together (a page of
     * links, a restart) would otherwise all expire together and be searched again in one burst.
     */
    private static Expiry<Key, InitiativeSearch.Result> jittered(Duration ttl) {
        long nanos = ttl.toNanos();
        return new Expiry<>() {
            @Override
            public long expireAfterCreate(Key key, InitiativeSearch.Result value, long now) {
                return nanos / 2 + ThreadLocalRandom.current().nextLong(nanos / 2 + 1);
            }

            @Override
            public long expireAfterUpdate(Key key, InitiativeSearch.Result value, long now, long remaining) {
                return expireAfterCreate(key, value, now);
            }

            @Override
            public long expireAfterRead(Key key, InitiativeSearch.Result value, long now, long remaining) {
                return remaining;
            }
        };
    }

    public InitiativeSearch.Result get(SearchCriteria criteria, Supplier<InitiativeSearch.Result> search) {
        if (results == null) {
            return search.get();
        }
        Key key = Key.of(criteria);
        InitiativeSearch.Result cached = results.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        InitiativeSearch.Result result = search.get();
        results.put(key, result);
        if (generation.get() != before) {
            results.invalidate(key);
        }
        return result;
    }

    /** After the writing transaction, committed or not: a search started later reads what it wrote. */
    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) CatalogChanged change) {
        generation.incrementAndGet();
        if (results != null) {
            results.invalidateAll();
        }
    }
}

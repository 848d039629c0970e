package org.urbaninnovation.catalog.domain;

import java.util.Locale;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.urbaninnovation.commons.cache.ShortLivedCache;

import io.micrometer.core.instrument.MeterRegistry;

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

    private final ShortLivedCache<Key, SearchResult> results;

    public SearchCache(SearchSettings settings, MeterRegistry registry) {
        results = new ShortLivedCache<>("catalog-search", settings.cacheTtl(), settings.cacheSize(), registry);
    }

    public SearchResult get(SearchCriteria criteria, Supplier<SearchResult> search) {
        return results.get(Key.of(criteria), search, result -> true);
    }

    /** After the writing transaction, committed or not: a search started later reads what it wrote. */
    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) CatalogChanged change) {
        results.invalidateAll();
    }
}

package org.urbaninnovation.metrics.domain;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;

/**
 * Answers of public reads kept for a few seconds ({@code METRICS_CACHE_TTL}): dashboards repeat the
 * same queries on every refresh and for every viewer. Only small answers are kept, so that a stream
 * of distinct queries cannot fill the heap. A change drops every answer once its transaction has
 * committed (dropping earlier would let a read cache the state before the commit); another
 * replica's change shows within the TTL, inside the 30 s freshness promise.
 */
@ApplicationScoped
public class AnswerCache {

    public static final String NAME = "answers";
    /** Groups, rows or points: larger answers are computed every time. */
    static final int MAX_CACHED_ITEMS = 500;

    private final Cache cache;
    private final TransactionSynchronizationRegistry transactions;

    public AnswerCache(@CacheName(NAME) Cache cache, TransactionSynchronizationRegistry transactions) {
        this.cache = cache;
        this.transactions = transactions;
    }

    /** The answer for {@code key}, computed when absent; {@code size} tells whether it is small enough to keep. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute, ToIntFunction<T> size) {
        CaffeineCache caffeine = cache.as(CaffeineCache.class);
        CompletableFuture<Object> cached = caffeine.getIfPresent(key);
        if (cached != null) {
            return (T) cached.join();
        }
        T answer = compute.get();
        if (size.applyAsInt(answer) <= MAX_CACHED_ITEMS) {
            caffeine.put(key, CompletableFuture.completedFuture(answer));
        }
        return answer;
    }

    /** Drops every answer when the current transaction commits (at once when there is none). */
    public void invalidateAfterCommit() {
        if (transactions.getTransactionKey() == null) {
            cache.invalidateAll().await().indefinitely();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    cache.invalidateAll().await().indefinitely();
                }
            }
        });
    }
}

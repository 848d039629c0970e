package org.urbaninnovation.metrics.domain;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.urbaninnovation.commons.http.CacheValidationFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;

/**
 * JSON answers of public reads kept for a few seconds ({@code METRICS_CACHE_TTL}), as the bytes sent
 * and their ETag: dashboards repeat the same queries on every refresh and for every viewer, and a
 * repeated answer then costs neither the database nor serialization. Each answer lives between half
 * and all of the TTL, so that answers computed together do not all expire together. Only small
 * answers are kept, so that a stream of distinct queries cannot fill the heap. A change drops every
 * answer once its transaction has committed (dropping earlier would let a read cache the state
 * before the commit); another replica's change shows within the TTL, inside the 30 s freshness
 * promise.
 */
@ApplicationScoped
public class AnswerCache {

    public static final String NAME = "answers";
    /** Groups, rows or points: larger answers are computed every time. */
    static final int MAX_CACHED_ITEMS = 500;

    /** A JSON answer as sent, with its ETag. */
    public record Json(byte[] body, String etag, long expiresAtNanos) {
    }

    private final Cache cache;
    private final TransactionSynchronizationRegistry transactions;
    private final ObjectMapper mapper;
    private final long ttlNanos;

    public AnswerCache(@CacheName(NAME) Cache cache, TransactionSynchronizationRegistry transactions, ObjectMapper mapper,
            @ConfigProperty(name = "metrics.cache-ttl") Duration ttl) {
        this.cache = cache;
        this.transactions = transactions;
        this.mapper = mapper;
        this.ttlNanos = ttl.toNanos();
    }

    /** The JSON of the answer for {@code key}, computed when absent; {@code size} tells whether it is small enough to keep. */
    public <T> Json json(Object key, Supplier<T> compute, ToIntFunction<T> size) {
        CaffeineCache caffeine = cache.as(CaffeineCache.class);
        CompletableFuture<Object> cached = ttlNanos > 0 ? caffeine.getIfPresent(key) : null;
        if (cached != null) {
            Json json = (Json) cached.join();
            if (json.expiresAtNanos() - System.nanoTime() > 0) {
                return json;
            }
        }
        T answer = compute.get();
        Json json = serialize(answer);
        if (ttlNanos > 0 && size.applyAsInt(answer) <= MAX_CACHED_ITEMS) {
            caffeine.put(key, CompletableFuture.completedFuture(json));
        }
        return json;
    }

    private Json serialize(Object answer) {
        try {
            byte[] body = mapper.writeValueAsBytes(answer);
            long life = ttlNanos / 2 + ThreadLocalRandom.current().nextLong(ttlNanos / 2 + 1);
            return new Json(body, CacheValidationFilter.etag(body), System.nanoTime() + life);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an answer as JSON", e);
        }
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

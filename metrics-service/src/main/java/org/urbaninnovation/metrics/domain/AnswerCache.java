package org.urbaninnovation.metrics.domain;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.urbaninnovation.commons.cache.ShortLivedCache;
import org.urbaninnovation.commons.http.CacheValidationFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * JSON answers of public reads kept for a few seconds ({@code METRICS_CACHE_TTL}), as the bytes sent
 * and their ETag: dashboards repeat the same queries on every refresh and for every viewer, and a
 * repeated answer then costs neither the database nor serialization. Only small answers are kept,
 * so that a stream of distinct queries cannot fill the heap. A change drops every answer once its
 * transaction has committed (dropping earlier would let a read cache the state before the commit);
 * another replica's change shows within the TTL, inside the 30 s freshness promise.
 */
@ApplicationScoped
public class AnswerCache {

    /** Groups, rows or points: larger answers are computed every time. */
    static final int MAX_CACHED_ITEMS = 500;

    /** A JSON answer as sent, with its ETag. */
    public record Json(byte[] body, String etag) {
    }

    /** An answer and whether it is small enough to keep. */
    private record Sized(Json json, boolean small) {
    }

    private final ShortLivedCache<Object, Sized> answers;
    private final TransactionSynchronizationRegistry transactions;
    private final ObjectMapper mapper;

    public AnswerCache(TransactionSynchronizationRegistry transactions, ObjectMapper mapper, MeterRegistry registry,
            @ConfigProperty(name = "metrics.cache-ttl") Duration ttl,
            @ConfigProperty(name = "metrics.cache-size", defaultValue = "5000") long size) {
        this.answers = new ShortLivedCache<>("answers", ttl, size, registry);
        this.transactions = transactions;
        this.mapper = mapper;
    }

    /** The JSON of the answer for {@code key}, computed when absent; {@code size} tells whether it is small enough to keep. */
    public <T> Json json(Object key, Supplier<T> compute, ToIntFunction<T> size) {
        return answers.get(key, () -> {
            T answer = compute.get();
            return new Sized(serialize(answer), size.applyAsInt(answer) <= MAX_CACHED_ITEMS);
        }, Sized::small).json();
    }

    /** Drops every answer when the current transaction commits (at once when there is none). */
    public void invalidateAfterCommit() {
        if (transactions.getTransactionKey() == null) {
            answers.invalidateAll();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    answers.invalidateAll();
                }
            }
        });
    }

    private Json serialize(Object answer) {
        try {
            byte[] body = mapper.writeValueAsBytes(answer);
            return new Json(body, CacheValidationFilter.etag(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an answer as JSON", e);
        }
    }
}

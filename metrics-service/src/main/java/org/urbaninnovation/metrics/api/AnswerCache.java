package org.urbaninnovation.metrics.api;

import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.urbaninnovation.commons.cache.ShortLivedCache;
import org.urbaninnovation.commons.http.CacheValidationFilter;
import org.urbaninnovation.commons.http.Csv;
import org.urbaninnovation.commons.http.Tabular;
import org.urbaninnovation.metrics.domain.FiguresChanged;

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
    private record Json(byte[] body, String etag) {
    }

    /** An answer and whether it is small enough to keep. */
    private record Sized(Json json, boolean small) {
    }

    private final ShortLivedCache<Object, Sized> answers;
    private final ObjectMapper mapper;

    public AnswerCache(ObjectMapper mapper, MeterRegistry registry, AnswerCacheConfig config) {
        this.answers = new ShortLivedCache<>("answers", config.cacheTtl(), config.cacheSize(), registry);
        this.mapper = mapper;
    }

    /**
     * The answer for {@code key} in the negotiated type: CSV rendered from the answer itself (by the
     * commons' CSV writer), JSON as the kept bytes and ETag, computed when absent; {@code items}
     * tells whether an answer is small enough to keep.
     */
    public <T extends Tabular> Response respond(Object key, MediaType type, Supplier<T> compute, ToIntFunction<T> items) {
        if (type.isCompatible(Csv.MEDIA_TYPE_TYPE)) {
            return Response.ok(compute.get(), type).build();
        }
        Json json = answers.get(key, () -> {
            T answer = compute.get();
            return new Sized(serialize(answer), items.applyAsInt(answer) <= MAX_CACHED_ITEMS);
        }, Sized::small).json();
        return Response.ok(json.body(), type).header(HttpHeaders.ETAG, json.etag()).build();
    }

    /** Drops every answer once the change has committed (at once when it ran in no transaction). */
    void invalidate(@Observes(during = TransactionPhase.AFTER_SUCCESS) FiguresChanged change) {
        answers.invalidateAll();
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

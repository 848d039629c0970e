package org.urbaninnovation.metrics.api;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.urbaninnovation.commons.http.Csv;
import org.urbaninnovation.metrics.domain.AnswerCache;

/** A public read's answer: CSV computed on request, JSON through the short-lived answer cache. */
final class Answers {

    private Answers() {
    }

    static <T> Response respond(String format, HttpHeaders headers, AnswerCache cache, Object key, Supplier<T> compute,
            ToIntFunction<T> size, List<String> csvHeader, Function<T, List<? extends List<?>>> csvRows) {
        if (Csv.requested(format, headers)) {
            return Response.ok(Csv.of(csvHeader, csvRows.apply(compute.get())), Csv.MEDIA_TYPE_UTF8).build();
        }
        AnswerCache.Json json = cache.json(key, compute, size);
        return Response.ok(json.body(), MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, json.etag()).build();
    }
}

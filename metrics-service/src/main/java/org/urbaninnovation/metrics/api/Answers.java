package org.urbaninnovation.metrics.api;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.urbaninnovation.commons.http.Csv;
import org.urbaninnovation.commons.paging.PageLinks;
import org.urbaninnovation.commons.paging.Paged;
import org.urbaninnovation.metrics.domain.AnswerCache;

/** A public read's answer: CSV computed on request, JSON through the short-lived answer cache. */
final class Answers {

    private Answers() {
    }

    static <T> Response respond(String format, HttpHeaders headers, UriInfo uri, AnswerCache cache, Object key,
            Supplier<T> compute, ToIntFunction<T> size, List<String> csvHeader, Function<T, List<? extends List<?>>> csvRows) {
        if (Csv.requested(format, headers)) {
            T answer = compute.get();
            Response.ResponseBuilder csv = Response.ok(Csv.of(csvHeader, csvRows.apply(answer)), Csv.MEDIA_TYPE_UTF8);
            // A paged list's place in the list, which CSV has no envelope to carry.
            return (answer instanceof Paged page ? PageLinks.add(csv, uri, page) : csv).build();
        }
        AnswerCache.Json json = cache.json(key, compute, size);
        return Response.ok(json.body(), MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, json.etag()).build();
    }
}

package org.urbaninnovation.commons.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Conditional reads for every successful GET: an {@code ETag} (the resource's own, or a digest of
 * the representation), {@code 304 Not Modified} when {@code If-None-Match} matches, and a
 * {@code Cache-Control} that lets shared caches keep public answers but never personal ones. A
 * resource that can tell from its version alone answers its own 304, which gets the same headers.
 */
public class CacheValidationFilter {

    private final ObjectMapper mapper;
    private final String publicCacheControl;

    /** {@code platform.http.max-age}: how long shared caches may keep a public answer (a service with a freshness promise shortens it). */
    public CacheValidationFilter(ObjectMapper mapper,
            @ConfigProperty(name = "platform.http.max-age", defaultValue = "60") int maxAgeSeconds) {
        this.mapper = mapper;
        this.publicCacheControl = "public, max-age=" + maxAgeSeconds;
    }

    @ServerResponseFilter
    public void validate(ContainerRequestContext request, ContainerResponseContext response) {
        // A 304 a resource answered from the version alone carries the headers its 200 would.
        boolean notModified = response.getStatus() == 304;
        if (!HttpMethod.GET.equals(request.getMethod()) || !(notModified || response.getStatus() == 200 && response.hasEntity())) {
            return;
        }
        // The same URL answers JSON or CSV by Accept: caches must keep them apart.
        response.getHeaders().putSingle(HttpHeaders.VARY, "Accept");
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            boolean personal = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, personal ? "private, no-cache" : publicCacheControl);
        }
        if (notModified) {
            return;
        }
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if (etag == null) {
            byte[] body = serialize(response.getEntity(), response.getMediaType());
            etag = etag(body);
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
            // The digest needed the bytes; send those bytes rather than serializing twice.
            MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
            response.setEntity(body, response.getEntityAnnotations(), type);
        }
        if (Preconditions.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private byte[] serialize(Object entity, MediaType type) {
        if (entity instanceof Tabular table && type != null && type.isCompatible(Csv.MEDIA_TYPE_TYPE)) {
            return Csv.of(table.csvHeader(), table.csvRows()).getBytes(StandardCharsets.UTF_8);
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return mapper.writeValueAsBytes(entity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The strong ETag of a representation, as this filter computes it for answers that bring none. */
    public static String etag(byte[] body) {
        return new EntityTag(digest(body)).toString();
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

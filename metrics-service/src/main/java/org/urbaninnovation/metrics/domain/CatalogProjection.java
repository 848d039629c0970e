package org.urbaninnovation.metrics.domain;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.cache.CacheInvalidateAll;

import org.jboss.logging.Logger;
import org.urbaninnovation.commons.outbox.EventEnvelope;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The catalogue as this service needs it (city, country, themes, SDGs, population), built from the
 * catalogue's event feed. Each page is applied in one transaction together with the cursor, so an
 * event takes effect exactly once however often it is delivered: events at or below the cursor are
 * duplicates, and an event older than the stored state (by the catalogue's version) changes nothing.
 */
@ApplicationScoped
public class CatalogProjection {

    public static final String FEED = "catalog";
    private static final Logger LOG = Logger.getLogger(CatalogProjection.class);

    /** What applying a page did. */
    public record Applied(int applied, int duplicates, int stale, int ignored, long cursor) {
    }

    private final EntityManager em;

    public CatalogProjection(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public long cursor() {
        FeedCursor cursor = em.find(FeedCursor.class, FEED);
        return cursor == null ? 0 : cursor.lastSeq;
    }

    /** Applies a page of events and moves the cursor, in one transaction. */
    @Transactional
    @CacheInvalidateAll(cacheName = Aggregates.CACHE)
    public Applied apply(List<EventEnvelope> events) {
        FeedCursor cursor = lockCursor();
        int applied = 0;
        int duplicates = 0;
        int stale = 0;
        int ignored = 0;
        // A page may arrive out of order (a retried request, a proxy): apply by sequence.
        for (EventEnvelope event : events.stream().sorted(Comparator.comparingLong(EventEnvelope::seq)).toList()) {
            if (event.seq() <= cursor.lastSeq) {
                duplicates++;
                continue;
            }
            switch (applyOne(event)) {
                case APPLIED -> applied++;
                case STALE -> stale++;
                case IGNORED -> ignored++;
            }
            cursor.lastSeq = event.seq();
            cursor.appliedEvents++;
        }
        cursor.updatedAt = OffsetDateTime.now();
        return new Applied(applied, duplicates, stale, ignored, cursor.lastSeq);
    }

    /** Forgets the projection and the cursor, so that the next poll rebuilds it from the first event. */
    @Transactional
    @CacheInvalidateAll(cacheName = Aggregates.CACHE)
    public void reset() {
        FeedCursor cursor = lockCursor();
        em.createQuery("delete from CatalogInitiative").executeUpdate();
        em.createQuery("delete from CatalogCity").executeUpdate();
        cursor.lastSeq = 0;
        cursor.appliedEvents = 0;
        cursor.updatedAt = OffsetDateTime.now();
    }

    private enum Effect { APPLIED, STALE, IGNORED }

    private Effect applyOne(EventEnvelope event) {
        JsonNode p = event.payload();
        switch (event.aggregateType()) {
            case "city" -> {
                return applyCity(p);
            }
            case "initiative" -> {
                return applyInitiative(p);
            }
            default -> {
                // A newer producer may publish more than this consumer knows; skipping keeps the feed moving.
                LOG.debugf("Ignoring catalogue event %d of type %s", event.seq(), event.type());
                return Effect.IGNORED;
            }
        }
    }

    private Effect applyCity(JsonNode p) {
        UUID id = UUID.fromString(p.get("id").asText());
        long version = p.get("version").asLong();
        CatalogCity existing = em.find(CatalogCity.class, id);
        if (existing != null && existing.version > version) {
            return Effect.STALE;
        }
        CatalogCity city = existing == null ? new CatalogCity() : existing;
        city.id = id;
        city.slug = p.get("slug").asText();
        city.name = p.get("name").asText();
        city.country = p.get("country").asText();
        city.population = p.hasNonNull("population") ? p.get("population").asLong() : null;
        city.version = version;
        if (existing == null) {
            em.persist(city);
        }
        em.createQuery("update CatalogInitiative i set i.citySlug = ?1, i.cityName = ?2, i.country = ?3 where i.cityId = ?4")
                .setParameter(1, city.slug).setParameter(2, city.name).setParameter(3, city.country)
                .setParameter(4, id).executeUpdate();
        return Effect.APPLIED;
    }

    private Effect applyInitiative(JsonNode p) {
        UUID id = UUID.fromString(p.get("id").asText());
        long version = p.get("version").asLong();
        CatalogInitiative existing = em.find(CatalogInitiative.class, id);
        if (existing != null && existing.version > version) {
            return Effect.STALE;
        }
        CatalogInitiative initiative = existing == null ? new CatalogInitiative() : existing;
        initiative.id = id;
        initiative.slug = p.get("slug").asText();
        initiative.title = p.get("title").asText();
        initiative.cityId = UUID.fromString(p.get("cityId").asText());
        initiative.citySlug = p.get("citySlug").asText();
        initiative.cityName = p.get("cityName").asText();
        initiative.country = p.get("country").asText();
        initiative.cycle = p.path("cycle").asText(null);
        initiative.themes = texts(p.get("themes"));
        initiative.sdgs = numbers(p.get("sdgs"));
        initiative.status = p.get("status").asText();
        initiative.version = version;
        if (existing == null) {
            em.persist(initiative);
        }
        return Effect.APPLIED;
    }

    private FeedCursor lockCursor() {
        // Two replicas polling together would otherwise apply the same page twice over.
        em.createNativeQuery("insert into feed_cursor (feed, last_seq) values (?1, 0) on conflict (feed) do nothing")
                .setParameter(1, FEED).executeUpdate();
        return em.find(FeedCursor.class, FEED, LockModeType.PESSIMISTIC_WRITE);
    }

    private static String[] texts(JsonNode array) {
        return array == null ? new String[0]
                : java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toArray(String[]::new);
    }

    private static Integer[] numbers(JsonNode array) {
        return array == null ? new Integer[0]
                : java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asInt).toArray(Integer[]::new);
    }
}

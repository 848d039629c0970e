package org.urbaninnovation.metrics.domain;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

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
    public record Applied(int applied, int duplicates, int stale, int rejected, long cursor) {
    }

    private final EntityManager em;
    private final AnswerCache cache;
    private final Counter rejectedEvents;

    public CatalogProjection(EntityManager em, AnswerCache cache, MeterRegistry registry) {
        this.em = em;
        this.cache = cache;
        this.rejectedEvents = Counter.builder("catalog_feed_rejected_events")
                .description("Catalogue events skipped because this consumer cannot read them").register(registry);
    }

    @Transactional
    public long cursor() {
        FeedCursor cursor = em.find(FeedCursor.class, FEED);
        return cursor == null ? 0 : cursor.lastSeq;
    }

    /**
     * Applies a page read from {@code after} and moves the cursor, in one transaction. A page that
     * does not start at the stored cursor (another replica moved it, or replayed meanwhile) is left
     * alone: the caller reads again from the cursor returned.
     */
    @Transactional
    public Applied apply(long after, List<EventEnvelope> events) {
        FeedCursor cursor = lockCursor();
        if (cursor.lastSeq != after) {
            return new Applied(0, events.size(), 0, 0, cursor.lastSeq);
        }
        return applyLocked(cursor, events);
    }

    /**
     * Replaces the projection by the first page of the feed, in one transaction: readers see the
     * old projection until the new one commits, and a feed that cannot be read leaves it untouched
     * (the caller fetched the page before calling).
     */
    @Transactional
    public Applied replaceWith(List<EventEnvelope> firstPage) {
        FeedCursor cursor = lockCursor();
        em.createQuery("delete from CatalogInitiative").executeUpdate();
        em.createQuery("delete from CatalogCity").executeUpdate();
        cursor.lastSeq = 0;
        cursor.appliedEvents = 0;
        cache.invalidateAfterCommit();
        return applyLocked(cursor, firstPage);
    }

    private Applied applyLocked(FeedCursor cursor, List<EventEnvelope> events) {
        int applied = 0;
        int duplicates = 0;
        int stale = 0;
        int rejected = 0;
        // A page may arrive out of order (a retried request, a proxy): apply by sequence.
        for (EventEnvelope event : events.stream().sorted(Comparator.comparingLong(EventEnvelope::seq)).toList()) {
            if (event.seq() <= cursor.lastSeq) {
                duplicates++;
                continue;
            }
            switch (applyOne(event)) {
                case APPLIED -> applied++;
                case STALE -> stale++;
                case REJECTED -> rejected++;
            }
            cursor.lastSeq = event.seq();
            cursor.appliedEvents++;
        }
        cursor.updatedAt = OffsetDateTime.now();
        if (applied > 0) {
            cache.invalidateAfterCommit();
        }
        if (duplicates + stale + rejected > 0) {
            LOG.debugf("Catalogue feed page: %d applied, %d duplicates, %d stale, %d rejected", applied, duplicates,
                    stale, rejected);
        }
        rejectedEvents.increment(rejected);
        return new Applied(applied, duplicates, stale, rejected, cursor.lastSeq);
    }

    private enum Effect { APPLIED, STALE, REJECTED }

    /** An event this consumer cannot read: skipped (and counted) rather than blocking every later one. */
    private static final class MalformedEvent extends RuntimeException {
        MalformedEvent(String message) {
            super(message, null, false, false);
        }
    }

    private Effect applyOne(EventEnvelope event) {
        JsonNode p = event.payload();
        try {
            if (p == null || !p.isObject()) {
                throw new MalformedEvent("no payload object");
            }
            switch (String.valueOf(event.aggregateType())) {
                case "city" -> {
                    return applyCity(p);
                }
                case "initiative" -> {
                    return applyInitiative(p);
                }
                default -> throw new MalformedEvent("unknown aggregate type " + event.aggregateType());
            }
        } catch (MalformedEvent e) {
            LOG.warnf("Skipping catalogue event %d (%s): %s", event.seq(), event.type(), e.getMessage());
            return Effect.REJECTED;
        }
    }

    private Effect applyCity(JsonNode p) {
        // Every field is read before anything changes: a malformed event leaves no half-applied state.
        UUID id = id(p, "id");
        long version = version(p);
        String slug = text(p, "slug");
        String name = text(p, "name");
        String country = text(p, "country");
        Long population = p.hasNonNull("population") && p.get("population").canConvertToLong()
                ? p.get("population").asLong() : null;
        CatalogCity existing = em.find(CatalogCity.class, id);
        if (existing != null && existing.version > version) {
            return Effect.STALE;
        }
        CatalogCity city = existing == null ? new CatalogCity() : existing;
        city.id = id;
        city.slug = slug;
        city.name = name;
        city.country = country;
        city.population = population;
        city.version = version;
        if (existing == null) {
            em.persist(city);
        }
        em.createQuery("update CatalogInitiative i set i.citySlug = ?1, i.cityName = ?2, i.country = ?3 where i.cityId = ?4")
                .setParameter(1, slug).setParameter(2, name).setParameter(3, country).setParameter(4, id).executeUpdate();
        return Effect.APPLIED;
    }

    private Effect applyInitiative(JsonNode p) {
        UUID id = id(p, "id");
        long version = version(p);
        CatalogInitiative read = new CatalogInitiative();
        read.id = id;
        read.slug = text(p, "slug");
        read.title = text(p, "title");
        read.cityId = id(p, "cityId");
        read.citySlug = text(p, "citySlug");
        read.cityName = text(p, "cityName");
        read.country = text(p, "country");
        read.cycle = p.path("cycle").asText(null);
        read.themes = texts(p.get("themes"));
        read.sdgs = numbers(p.get("sdgs"));
        read.status = text(p, "status");
        read.version = version;
        CatalogInitiative existing = em.find(CatalogInitiative.class, id);
        if (existing == null) {
            em.persist(read);
            return Effect.APPLIED;
        }
        if (existing.version > version) {
            return Effect.STALE;
        }
        existing.slug = read.slug;
        existing.title = read.title;
        existing.cityId = read.cityId;
        existing.citySlug = read.citySlug;
        existing.cityName = read.cityName;
        existing.country = read.country;
        existing.cycle = read.cycle;
        existing.themes = read.themes;
        existing.sdgs = read.sdgs;
        existing.status = read.status;
        existing.version = version;
        return Effect.APPLIED;
    }

    private FeedCursor lockCursor() {
        // Two replicas polling together would otherwise apply the same page twice over.
        em.createNativeQuery("insert into feed_cursor (feed, last_seq) values (?1, 0) on conflict (feed) do nothing")
                .setParameter(1, FEED).executeUpdate();
        return em.find(FeedCursor.class, FEED, LockModeType.PESSIMISTIC_WRITE);
    }

    private static String text(JsonNode p, String field) {
        JsonNode value = p.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new MalformedEvent("missing or empty '" + field + "'");
        }
        return value.asText();
    }

    private static UUID id(JsonNode p, String field) {
        try {
            return UUID.fromString(text(p, field));
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent("'" + field + "' is not a UUID");
        }
    }

    private static long version(JsonNode p) {
        JsonNode value = p.get("version");
        if (value == null || !value.canConvertToLong()) {
            throw new MalformedEvent("missing 'version'");
        }
        return value.asLong();
    }

    private static String[] texts(JsonNode array) {
        return array == null || !array.isArray() ? new String[0]
                : java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toArray(String[]::new);
    }

    private static Integer[] numbers(JsonNode array) {
        return array == null || !array.isArray() ? new Integer[0]
                : java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asInt).toArray(Integer[]::new);
    }
}

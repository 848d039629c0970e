package org.urbaninnovation.metrics.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.urbaninnovation.metrics.domain.CatalogEvent.CityChanged;
import org.urbaninnovation.metrics.domain.CatalogEvent.InitiativeChanged;
import org.urbaninnovation.metrics.domain.CatalogEvent.Unreadable;

/**
 * The catalogue as this service needs it (city, country, themes, SDGs, population), built from the
 * catalogue's events. Each page is applied in one transaction together with the cursor, so an event
 * takes effect exactly once however often it is delivered: events at or below the cursor are
 * duplicates, an event older than the stored state (by the catalogue's version) changes nothing, an
 * unreadable event is skipped and counted rather than blocking every later one, and a page out of
 * order is applied by sequence.
 */
@ApplicationScoped
public class CatalogProjection {

    private static final Logger LOG = Logger.getLogger(CatalogProjection.class);

    /** What applying a page did, and where the cursor now stands. */
    public record Applied(int applied, int duplicates, int stale, int rejected, long cursor) {
    }

    private enum Effect { APPLIED, STALE, REJECTED }

    private final ProjectionStore store;
    private final Event<FiguresChanged> changed;

    public CatalogProjection(ProjectionStore store, Event<FiguresChanged> changed) {
        this.store = store;
        this.changed = changed;
    }

    @Transactional
    public long cursor() {
        return store.cursor();
    }

    /**
     * Applies a page read from {@code after} and moves the cursor, in one transaction. A page that
     * does not start at the stored cursor (another replica moved it, or replayed meanwhile) is left
     * alone: the caller reads again from the cursor returned.
     */
    @Transactional
    public Applied apply(long after, List<CatalogEvent> events) {
        long cursor = store.lockCursor();
        if (cursor != after) {
            return new Applied(0, events.size(), 0, 0, cursor);
        }
        return applyFrom(cursor, events);
    }

    /**
     * Replaces the projection by the first page of the feed, in one transaction: readers see the
     * old projection until the new one commits, and a feed that cannot be read leaves it untouched
     * (the caller read the page before calling).
     */
    @Transactional
    public Applied replaceWith(List<CatalogEvent> firstPage) {
        store.lockCursor();
        store.clear();
        changed.fire(new FiguresChanged());
        return applyFrom(0, firstPage);
    }

    private Applied applyFrom(long cursor, List<CatalogEvent> events) {
        int applied = 0;
        int duplicates = 0;
        int stale = 0;
        int rejected = 0;
        long last = cursor;
        // A page may arrive out of order (a retried request, a proxy): apply by sequence.
        for (CatalogEvent event : events.stream().sorted(Comparator.comparingLong(CatalogEvent::seq)).toList()) {
            if (event.seq() <= last) {
                duplicates++;
                continue;
            }
            switch (effectOf(event)) {
                case APPLIED -> applied++;
                case STALE -> stale++;
                case REJECTED -> rejected++;
            }
            last = event.seq();
        }
        store.advance(last, applied + stale + rejected);
        if (applied > 0) {
            changed.fire(new FiguresChanged());
        }
        if (duplicates + stale + rejected > 0) {
            LOG.debugf("Catalogue feed page: %d applied, %d duplicates, %d stale, %d rejected", applied, duplicates,
                    stale, rejected);
        }
        return new Applied(applied, duplicates, stale, rejected, last);
    }

    private Effect effectOf(CatalogEvent event) {
        if (event instanceof CityChanged city) {
            return apply(city);
        }
        if (event instanceof InitiativeChanged initiative) {
            return apply(initiative);
        }
        Unreadable unreadable = (Unreadable) event;
        LOG.warnf("Skipping catalogue event %d (%s): %s", unreadable.seq(), unreadable.type(), unreadable.reason());
        return Effect.REJECTED;
    }

    /** A city's name, slug and country are also its initiatives' place, which reads group and filter by. */
    private Effect apply(CityChanged event) {
        Optional<CatalogCity> existing = store.city(event.id());
        if (existing.isPresent() && existing.get().version > event.version()) {
            return Effect.STALE;
        }
        CatalogCity city = existing.orElseGet(CatalogCity::new);
        city.id = event.id();
        city.slug = event.slug();
        city.name = event.name();
        city.country = event.country();
        city.population = event.population();
        city.version = event.version();
        store.save(city);
        for (CatalogInitiative initiative : store.initiativesIn(city.id)) {
            initiative.citySlug = city.slug;
            initiative.cityName = city.name;
            initiative.country = city.country;
            store.save(initiative);
        }
        return Effect.APPLIED;
    }

    private Effect apply(InitiativeChanged event) {
        Optional<CatalogInitiative> existing = store.initiative(event.id());
        if (existing.isPresent() && existing.get().version > event.version()) {
            return Effect.STALE;
        }
        CatalogInitiative initiative = existing.orElseGet(CatalogInitiative::new);
        initiative.id = event.id();
        initiative.slug = event.slug();
        initiative.title = event.title();
        initiative.cityId = event.cityId();
        initiative.citySlug = event.citySlug();
        initiative.cityName = event.cityName();
        initiative.country = event.country();
        initiative.cycle = event.cycle();
        initiative.themes = event.themes().toArray(String[]::new);
        initiative.sdgs = event.sdgs().toArray(Integer[]::new);
        initiative.status = event.status();
        initiative.version = event.version();
        store.save(initiative);
        return Effect.APPLIED;
    }
}

package org.urbaninnovation.metrics.domain;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.urbaninnovation.metrics.domain.CatalogEvent.CityChanged;
import org.urbaninnovation.metrics.domain.CatalogEvent.InitiativeChanged;

/**
 * The catalogue as this service needs it (city, country, themes, SDGs, population), built from the
 * catalogue's events, one at a time, in the transaction that also moves the feed's cursor (the
 * feed consumer's). An event older than the stored state (by the catalogue's version) changes
 * nothing. Until the catalogue's own event about an awarded initiative arrives, the award's
 * description of it stands in ({@link #placeAwarded}), at a version below any the catalogue gives.
 */
@ApplicationScoped
public class CatalogProjection {

    /**
     * The version of a row written from an award: the catalogue counts its versions from 0, so its
     * first event about the initiative or city replaces the row.
     */
    public static final long FROM_AWARD = -1;

    private final ProjectionStore store;
    private final Event<FiguresChanged> changed;

    public CatalogProjection(ProjectionStore store, Event<FiguresChanged> changed) {
        this.store = store;
        this.changed = changed;
    }

    /**
     * A city as the catalogue now describes it; its name, slug and country are also its
     * initiatives' place, which reads group and filter by. False when the stored state is newer.
     */
    public boolean apply(CityChanged event) {
        Optional<CatalogCity> existing = store.city(event.id());
        if (existing.isPresent() && existing.get().version > event.version()) {
            return false;
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
        changed.fire(new FiguresChanged());
        return true;
    }

    /** An initiative as the catalogue now describes it, with its city's place. False when the stored state is newer. */
    public boolean apply(InitiativeChanged event) {
        Optional<CatalogInitiative> existing = store.initiative(event.id());
        if (existing.isPresent() && existing.get().version > event.version()) {
            return false;
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
        changed.fire(new FiguresChanged());
        return true;
    }

    /**
     * An awarded initiative and its city as the award describes them, where the catalogue's events
     * have not described them yet: the catalogue publishes the winner from the same award, but the
     * two feeds are read independently and the award may arrive first. What the catalogue's events
     * gave is never replaced; slugs stay empty until the catalogue names them. True when a row was written.
     */
    public boolean placeAwarded(Award award) {
        Optional<CatalogCity> known = store.city(award.cityId());
        boolean placed = false;
        if (known.isEmpty()) {
            CatalogCity city = new CatalogCity();
            city.id = award.cityId();
            city.slug = "";
            city.name = award.cityName();
            city.country = award.country();
            city.population = award.population();
            city.version = FROM_AWARD;
            store.save(city);
            placed = true;
        }
        if (store.initiative(award.initiativeId()).isEmpty()) {
            CatalogInitiative initiative = new CatalogInitiative();
            initiative.id = award.initiativeId();
            initiative.slug = "";
            initiative.title = award.title();
            initiative.cityId = award.cityId();
            initiative.citySlug = known.map(c -> c.slug).orElse("");
            initiative.cityName = known.map(c -> c.name).orElse(award.cityName());
            initiative.country = known.map(c -> c.country).orElse(award.country());
            initiative.cycle = award.cycleCode();
            initiative.themes = award.themes().toArray(String[]::new);
            initiative.sdgs = award.sdgs().toArray(Integer[]::new);
            initiative.status = CatalogInitiative.PUBLISHED;
            initiative.version = FROM_AWARD;
            store.save(initiative);
            placed = true;
        }
        if (placed) {
            changed.fire(new FiguresChanged());
        }
        return placed;
    }

    /** Forgets every city and initiative, before the catalogue's feed is applied again from its first event. */
    public void clear() {
        store.clear();
        changed.fire(new FiguresChanged());
    }
}

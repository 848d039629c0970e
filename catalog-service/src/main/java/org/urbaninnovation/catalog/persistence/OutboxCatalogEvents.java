package org.urbaninnovation.catalog.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.urbaninnovation.catalog.domain.CatalogChanged;
import org.urbaninnovation.catalog.domain.CatalogEvents;
import org.urbaninnovation.catalog.domain.City;
import org.urbaninnovation.catalog.domain.Initiative;
import org.urbaninnovation.commons.outbox.Outbox;

/**
 * The catalogue's events, appended to the transactional outbox in the transaction of the change
 * (served to consumers by {@code /internal/v1/events}). Event types read "initiative.created",
 * "city.updated"; the payloads below are the contract consumers rely on. Every change passes here,
 * so here it is also announced inside the service ({@link CatalogChanged}).
 */
@ApplicationScoped
public class OutboxCatalogEvents implements CatalogEvents {

    private static final String INITIATIVE = "initiative";
    private static final String CITY = "city";

    /** What consumers project of an initiative: its city, themes and SDGs among others. */
    public record InitiativePayload(UUID id, String slug, String title, UUID cityId, String citySlug, String cityName,
            String country, String cycle, List<String> themes, List<Integer> sdgs, String innovationType,
            String status, long version) {

        static InitiativePayload of(Initiative i) {
            return new InitiativePayload(i.id, i.slug, i.title, i.city.id, i.city.slug, i.city.name, i.city.country,
                    i.cycleCode, List.of(i.themes), List.of(i.sdgs), i.innovationType, i.status, i.version);
        }
    }

    /** What consumers project of a city: its population and figures for per-capita aggregates. */
    public record CityPayload(UUID id, String slug, String name, String country, Long population, BigDecimal areaKm2,
            BigDecimal densityPerKm2, BigDecimal gdpPerCapitaUsd, long version) {

        static CityPayload of(City c) {
            return new CityPayload(c.id, c.slug, c.name, c.country, c.population, c.areaKm2, c.densityPerKm2,
                    c.gdpPerCapitaUsd, c.version);
        }
    }

    private final Outbox outbox;
    private final Event<CatalogChanged> changed;

    public OutboxCatalogEvents(Outbox outbox, Event<CatalogChanged> changed) {
        this.outbox = outbox;
        this.changed = changed;
    }

    @Override
    public void initiativeCreated(Initiative initiative) {
        initiative("created", initiative);
    }

    @Override
    public void initiativeUpdated(Initiative initiative) {
        initiative("updated", initiative);
    }

    @Override
    public void initiativeWithdrawn(Initiative initiative) {
        initiative("withdrawn", initiative);
    }

    @Override
    public void cityCreated(City city) {
        city("created", city);
    }

    @Override
    public void cityUpdated(City city) {
        city("updated", city);
    }

    private void initiative(String change, Initiative initiative) {
        outbox.append(INITIATIVE + "." + change, INITIATIVE, initiative.id, InitiativePayload.of(initiative));
        changed.fire(new CatalogChanged());
    }

    private void city(String change, City city) {
        outbox.append(CITY + "." + change, CITY, city.id, CityPayload.of(city));
        changed.fire(new CatalogChanged());
    }
}

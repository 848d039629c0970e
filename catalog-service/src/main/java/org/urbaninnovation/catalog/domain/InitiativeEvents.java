package org.urbaninnovation.catalog.domain;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.urbaninnovation.commons.outbox.Outbox;

/**
 * The events the catalogue publishes about initiatives and cities. Consumers (the metrics
 * projection) need an initiative's city, themes and SDGs, and a city's population. Every change
 * passes here, so here it is also announced inside the service ({@link CatalogChanged}).
 */
@ApplicationScoped
public class InitiativeEvents {

    public static final String INITIATIVE = "initiative";
    public static final String CITY = "city";

    public record InitiativePayload(UUID id, String slug, String title, UUID cityId, String citySlug, String cityName,
            String country, String cycle, List<String> themes, List<Integer> sdgs, String innovationType,
            String status, long version) {
    }

    public record CityPayload(UUID id, String slug, String name, String country, Long population,
            java.math.BigDecimal areaKm2, java.math.BigDecimal densityPerKm2, java.math.BigDecimal gdpPerCapitaUsd,
            long version) {
    }

    private final Outbox outbox;
    private final Event<CatalogChanged> changed;

    public InitiativeEvents(Outbox outbox, Event<CatalogChanged> changed) {
        this.outbox = outbox;
        this.changed = changed;
    }

    /** {@code change} is created, updated or withdrawn: the type reads "initiative.created". */
    public void initiative(String change, Initiative i) {
        outbox.append(INITIATIVE + "." + change, INITIATIVE, i.id, new InitiativePayload(i.id, i.slug, i.title,
                i.city.id, i.city.slug, i.city.name, i.city.country, i.cycleCode, List.of(i.themes), List.of(i.sdgs),
                i.innovationType, i.status, i.version));
        changed.fire(new CatalogChanged());
    }

    public void city(String change, City c) {
        outbox.append(CITY + "." + change, CITY, c.id, new CityPayload(c.id, c.slug, c.name, c.country, c.population,
                c.areaKm2, c.densityPerKm2, c.gdpPerCapitaUsd, c.version));
        changed.fire(new CatalogChanged());
    }
}

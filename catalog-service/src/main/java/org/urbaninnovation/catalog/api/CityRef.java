package org.urbaninnovation.catalog.api;

import java.util.UUID;

import org.urbaninnovation.catalog.domain.City;

/** A city as other resources mention it. */
public record CityRef(UUID id, String slug, String name, String country) {

    static CityRef of(City city) {
        return new CityRef(city.id, city.slug, city.name, city.country);
    }
}

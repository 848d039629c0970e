package org.urbaninnovation.metrics.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The catalogue projection held in memory, for the projection's rules without a database. */
final class InMemoryProjection implements ProjectionStore {

    final Map<UUID, CatalogCity> cities = new HashMap<>();
    final Map<UUID, CatalogInitiative> initiatives = new HashMap<>();

    @Override
    public void clear() {
        cities.clear();
        initiatives.clear();
    }

    @Override
    public Optional<CatalogCity> city(UUID id) {
        return Optional.ofNullable(cities.get(id));
    }

    @Override
    public Optional<CatalogInitiative> initiative(UUID id) {
        return Optional.ofNullable(initiatives.get(id));
    }

    @Override
    public List<CatalogInitiative> initiativesIn(UUID cityId) {
        return initiatives.values().stream().filter(i -> cityId.equals(i.cityId)).toList();
    }

    @Override
    public void save(CatalogCity city) {
        cities.put(city.id, city);
    }

    @Override
    public void save(CatalogInitiative initiative) {
        initiatives.put(initiative.id, initiative);
    }
}

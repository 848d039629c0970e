package org.urbaninnovation.metrics.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The catalogue projection and its cursor held in memory, for the projection's rules without a database. */
final class InMemoryProjection implements ProjectionStore {

    final Map<UUID, CatalogCity> cities = new HashMap<>();
    final Map<UUID, CatalogInitiative> initiatives = new HashMap<>();
    long cursor;
    long eventsRead;

    @Override
    public long cursor() {
        return cursor;
    }

    @Override
    public long lockCursor() {
        return cursor;
    }

    @Override
    public void advance(long lastSeq, int events) {
        cursor = lastSeq;
        eventsRead += events;
    }

    @Override
    public void clear() {
        cities.clear();
        initiatives.clear();
        cursor = 0;
        eventsRead = 0;
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

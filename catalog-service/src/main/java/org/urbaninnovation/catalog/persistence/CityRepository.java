package org.urbaninnovation.catalog.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.catalog.domain.City;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CityRepository implements PanacheRepositoryBase<City, UUID> {
}

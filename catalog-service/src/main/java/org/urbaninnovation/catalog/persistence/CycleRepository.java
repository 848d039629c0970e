package org.urbaninnovation.catalog.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.catalog.domain.AwardCycles;
import org.urbaninnovation.catalog.domain.Cycle;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CycleRepository implements AwardCycles, PanacheRepositoryBase<Cycle, String> {

    @Override
    public boolean exists(String code) {
        return findByIdOptional(code).isPresent();
    }
}

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

    @Override
    public void addIfMissing(String code, String name, Integer year) {
        if (exists(code)) {
            return;
        }
        Cycle cycle = new Cycle();
        cycle.code = code;
        cycle.name = name;
        cycle.year = year;
        persist(cycle);
    }
}

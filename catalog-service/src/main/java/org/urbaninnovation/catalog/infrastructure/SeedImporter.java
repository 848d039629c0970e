package org.urbaninnovation.catalog.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.urbaninnovation.commons.seed.SeedResource;
import org.urbaninnovation.catalog.domain.City;
import org.urbaninnovation.catalog.domain.CityDraft;
import org.urbaninnovation.catalog.domain.CityService;
import org.urbaninnovation.catalog.domain.Initiative;
import org.urbaninnovation.catalog.domain.InitiativeDraft;
import org.urbaninnovation.catalog.domain.InitiativeService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the seed catalogue at start-up through the same use cases as an administrator's import,
 * so seeded rows get their revision and their event (consumers can build from zero). Idempotent by
 * id: a city or initiative already present is left as it is, so a restart never duplicates rows
 * nor undoes an administrator's edit.
 */
@ApplicationScoped
public class SeedImporter {

    static final String SEED = "seed/initiatives.json";
    static final String ACTOR = "seed";
    private static final Logger LOG = Logger.getLogger(SeedImporter.class);
    private static final String INSERT_CYCLE = """
            insert into cycle (code, name, year) values (:code, :name, :year) on conflict (code) do nothing""";

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final CityService cities;
    private final InitiativeService initiatives;

    public SeedImporter(EntityManager em, ObjectMapper mapper, CityService cities, InitiativeService initiatives) {
        this.em = em;
        this.mapper = mapper;
        this.cities = cities;
        this.initiatives = initiatives;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        SeedFile seed = SeedResource.read(mapper, SEED, SeedFile.class);
        // Replicas starting together would both see a row missing and both insert it.
        em.createNativeQuery("select pg_advisory_xact_lock(7357)").getSingleResult();
        em.createNativeQuery(INSERT_CYCLE)
                .setParameter("code", seed.cycle().code())
                .setParameter("name", seed.cycle().name())
                .setParameter("year", seed.cycle().year())
                .executeUpdate();
        List<CityDraft> newCities = seed.cities().stream().filter(c -> em.find(City.class, c.id()) == null).toList();
        newCities.forEach(cities::create);
        List<InitiativeDraft> newInitiatives = seed.initiatives().stream()
                .filter(i -> em.find(Initiative.class, i.id()) == null).toList();
        initiatives.importAll(newInitiatives, ACTOR);
        LOG.infof("Seed catalogue: %d new cities, %d new initiatives", newCities.size(), newInitiatives.size());
    }
}

package org.urbaninnovation.catalog.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.urbaninnovation.catalog.domain.City;
import org.urbaninnovation.catalog.domain.Initiative;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the seed catalogue at start-up. Idempotent by id: a city or initiative already present is
 * left as it is, so a restart never duplicates rows nor undoes an administrator's edit.
 */
@ApplicationScoped
public class SeedImporter {

    static final String SEED = "seed/initiatives.json";
    private static final Logger LOG = Logger.getLogger(SeedImporter.class);

    private final EntityManager em;
    private final ObjectMapper mapper;

    public SeedImporter(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        SeedFile seed = read();
        em.createNativeQuery("insert into cycle (code, name, year) values (?1, ?2, ?3) on conflict (code) do nothing")
                .setParameter(1, seed.cycle().code())
                .setParameter(2, seed.cycle().name())
                .setParameter(3, seed.cycle().year())
                .executeUpdate();
        int cities = 0;
        int initiatives = 0;
        for (SeedFile.SeedCity c : seed.cities()) {
            if (em.find(City.class, c.id()) == null) {
                em.persist(toCity(c));
                cities++;
            }
        }
        em.flush();
        for (SeedFile.SeedInitiative i : seed.initiatives()) {
            if (em.find(Initiative.class, i.id()) == null) {
                em.persist(toInitiative(i));
                initiatives++;
            }
        }
        LOG.infof("Seed catalogue: %d new cities, %d new initiatives", cities, initiatives);
    }

    SeedFile read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + SEED + " on the classpath");
            }
            return mapper.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + SEED, e);
        }
    }

    private static City toCity(SeedFile.SeedCity c) {
        City city = new City();
        city.id = c.id();
        city.slug = c.slug();
        city.name = c.name();
        city.country = c.country();
        city.population = c.population();
        city.populationText = c.populationText();
        city.areaKm2 = c.areaKm2();
        city.areaText = c.areaText();
        city.densityPerKm2 = c.densityPerKm2();
        city.densityText = c.densityText();
        city.gdpPerCapitaUsd = c.gdpPerCapitaUsd();
        city.gdpPerCapitaText = c.gdpPerCapitaText();
        city.growthRate = c.growthRate();
        city.mainSourcesOfProsperity = c.mainSourcesOfProsperity();
        city.dataQualityNotes = new ArrayList<>(c.dataQualityNotes());
        city.updatedAt = OffsetDateTime.now();
        return city;
    }

    private Initiative toInitiative(SeedFile.SeedInitiative i) {
        Initiative initiative = new Initiative();
        initiative.id = i.id();
        initiative.slug = i.slug();
        initiative.title = i.title();
        initiative.contentsTitle = i.contentsTitle();
        initiative.city = em.getReference(City.class, i.cityId());
        initiative.cycleCode = i.cycle();
        initiative.summary = i.summary();
        initiative.sections = new LinkedHashMap<>(i.sections());
        initiative.innovationType = i.innovationType();
        initiative.themes = i.themes().toArray(String[]::new);
        initiative.tags = i.tags().toArray(String[]::new);
        initiative.sdgs = i.sdgs().toArray(Integer[]::new);
        initiative.partners = new ArrayList<>(i.partners());
        initiative.provenance = i.provenance();
        initiative.publishedAt = OffsetDateTime.now();
        initiative.updatedAt = initiative.publishedAt;
        return initiative;
    }
}

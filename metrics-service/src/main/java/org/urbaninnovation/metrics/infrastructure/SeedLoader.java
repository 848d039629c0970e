package org.urbaninnovation.metrics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.urbaninnovation.commons.seed.SeedResource;
import org.urbaninnovation.metrics.domain.Indicator;
import org.urbaninnovation.metrics.domain.ObservationIngest;
import org.urbaninnovation.metrics.persistence.IndicatorRepository;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the seed at start-up. Indicators and conversions are reference data owned by the seed and
 * follow it; observations are only added, never overwritten, so a restart neither duplicates a
 * figure nor undoes an ingest.
 */
@ApplicationScoped
public class SeedLoader {

    static final String SEED = "seed/metrics.json";
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final IndicatorRepository indicators;
    private final ObservationIngest ingest;

    public SeedLoader(EntityManager em, ObjectMapper mapper, IndicatorRepository indicators, ObservationIngest ingest) {
        this.em = em;
        this.mapper = mapper;
        this.indicators = indicators;
        this.ingest = ingest;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        SeedFile seed = SeedResource.read(mapper, SEED, SeedFile.class);
        // Replicas starting together would both insert the same rows.
        em.createNativeQuery("select pg_advisory_xact_lock(7358)").getSingleResult();
        seed.indicators().forEach(this::upsert);
        seed.conversions().forEach(c -> indicators.declareConversion(c.fromUnit(), c.toUnit(), c.factor()));
        em.flush();
        int added = ingest.seed(seed.observations().stream().map(o -> o.toDraft(seed.source().document())).toList());
        LOG.infof("Seed metrics: %d indicators, %d new observations", seed.indicators().size(), added);
    }

    private void upsert(SeedFile.SeedIndicator s) {
        Indicator existing = indicators.findById(s.code());
        Indicator indicator = existing == null ? new Indicator() : existing;
        indicator.code = s.code();
        indicator.name = s.name();
        indicator.description = s.description();
        indicator.unit = s.unit();
        indicator.direction = s.direction();
        indicator.additive = s.additive();
        indicator.themes = s.themes().toArray(String[]::new);
        indicator.sdgTargets = s.sdgTargets().toArray(String[]::new);
        if (existing == null) {
            indicators.persist(indicator);
        }
    }
}

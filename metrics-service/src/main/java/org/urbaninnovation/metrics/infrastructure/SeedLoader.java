package org.urbaninnovation.metrics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.urbaninnovation.commons.seed.SeedResource;
import org.urbaninnovation.metrics.domain.IndicatorStore;
import org.urbaninnovation.metrics.domain.ObservationIngest;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the seed at start-up, in one transaction. Indicators and conversions are reference data
 * owned by the seed and follow it; observations are only added, never overwritten, so a restart
 * neither duplicates a figure nor undoes an ingest.
 */
@ApplicationScoped
public class SeedLoader {

    static final String SEED = "seed/metrics.json";
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final ObjectMapper mapper;
    private final IndicatorStore indicators;
    private final ObservationIngest ingest;

    public SeedLoader(ObjectMapper mapper, IndicatorStore indicators, ObservationIngest ingest) {
        this.mapper = mapper;
        this.indicators = indicators;
        this.ingest = ingest;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        SeedFile seed = SeedResource.read(mapper, SEED, SeedFile.class);
        indicators.saveReferenceData(seed.indicators().stream().map(SeedFile.SeedIndicator::toIndicator).toList(),
                seed.conversions());
        int added = ingest.seed(seed.observations().stream().map(o -> o.toDraft(seed.source().document())).toList());
        LOG.infof("Seed metrics: %d indicators, %d new observations", seed.indicators().size(), added);
    }
}

package org.urbaninnovation.catalog.domain;

import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Winners and special mentions enter the catalogue from the award, once: the awarded initiative is
 * published as an administrator's create would publish it (revision, {@code initiative.created}
 * event, searchable at commit), with the submission as its provenance. Its cycle is added when the
 * catalogue does not know it; its city is created from the award's data when its id is unknown,
 * and a known city is left as the catalogue has it. An initiative the catalogue already has (the
 * same award read again, a second award of the same initiative) is left as it is: later changes
 * are the secretariat's, through the catalogue's own API.
 */
@ApplicationScoped
@Transactional
public class AwardPublication {

    /** Who the initiative's first revision names. */
    static final String ACTOR = "award";

    private final Initiatives initiatives;
    private final Cities cities;
    private final AwardCycles cycles;
    private final CityService cityService;
    private final InitiativeService initiativeService;

    public AwardPublication(Initiatives initiatives, Cities cities, AwardCycles cycles, CityService cityService,
            InitiativeService initiativeService) {
        this.initiatives = initiatives;
        this.cities = cities;
        this.cycles = cycles;
        this.cityService = cityService;
        this.initiativeService = initiativeService;
    }

    /** Publishes the awarded initiative; false when the catalogue has it already. */
    public boolean publish(Award award) {
        InitiativeDraft draft = award.initiative();
        if (initiatives.exists(draft.id())) {
            return false;
        }
        Award.AwardedCycle cycle = award.cycle();
        cycles.addIfMissing(cycle.code(), cycle.name(),
                award.publishedAt() == null ? null : award.publishedAt().atOffset(ZoneOffset.UTC).getYear());
        City city = cities.byId(draft.cityId()).orElseGet(() -> cityService.create(withFreeSlug(award.city())));
        initiativeService.create(draft.awarded(freeSlug(draft, city, cycle.code()),
                Provenance.ofSubmission(award.submissionId())), ACTOR);
        return true;
    }

    /**
     * The city's slug is its name's; where another city has it (a namesake elsewhere), with the
     * country; then with the id, which no other city has.
     */
    private CityDraft withFreeSlug(CityDraft city) {
        String slug = Slugs.of(city.name());
        String free = Optional.of(slug).filter(s -> !cities.slugTakenByOther(s, city.id()))
                .or(() -> Optional.of(Slugs.withSuffix(slug, city.country())).filter(s -> !cities.slugTakenByOther(s, city.id())))
                .orElseGet(() -> Slugs.withSuffix(slug, city.id().toString()));
        return city.withSlug(free);
    }

    /** As an administrator's create makes it (city and title); where taken, with the cycle; then with the id. */
    private String freeSlug(InitiativeDraft draft, City city, String cycleCode) {
        String slug = Slugs.of(city.slug + " " + draft.title());
        return Optional.of(slug).filter(s -> !initiatives.slugTakenByOther(s, draft.id()))
                .or(() -> Optional.of(Slugs.withSuffix(slug, cycleCode)).filter(s -> !initiatives.slugTakenByOther(s, draft.id())))
                .orElseGet(() -> Slugs.withSuffix(slug, draft.id().toString()));
    }
}

package org.urbaninnovation.catalog.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.urbaninnovation.catalog.persistence.CityRepository;
import org.urbaninnovation.catalog.persistence.InitiativeRepository;
import org.urbaninnovation.commons.http.Preconditions;
import org.urbaninnovation.commons.problem.ProblemException;
import org.urbaninnovation.commons.problem.ProblemType;
import org.urbaninnovation.commons.domain.Violation;

/** Cities: read by everyone, written by the secretariat, each change published as an event. */
@ApplicationScoped
@Transactional
public class CityService {

    public record CityPage(List<City> cities, Map<UUID, Long> initiativeCounts, long total) {
    }

    private final CityRepository cities;
    private final InitiativeRepository initiatives;
    private final InitiativeEvents events;

    public CityService(CityRepository cities, InitiativeRepository initiatives, InitiativeEvents events) {
        this.cities = cities;
        this.initiatives = initiatives;
        this.events = events;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CityPage list(int page, int size) {
        List<City> found = cities.page(page, size);
        return new CityPage(found, cities.publishedInitiatives(found.stream().map(c -> c.id).toList()), cities.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public City get(String idOrSlug) {
        return cities.findByIdOrSlug(idOrSlug)
                .orElseThrow(() -> ProblemException.notFound("No city has the id or slug '" + idOrSlug + "'."));
    }

    /**
     * The version a client read. A city's representation lists its published initiatives, so
     * their versions are part of it: publishing or editing one changes the city's ETag too.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String etag(City city) {
        return "\"" + city.version + "." + cities.initiativesFingerprint(city.id) + "\"";
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Initiative> publishedInitiatives(City city) {
        return initiatives.publishedInCity(city.id);
    }

    public City create(CityDraft draft) {
        City city = new City();
        city.id = draft.id() != null ? draft.id() : UUID.randomUUID();
        if (draft.id() != null && cities.findByIdOptional(city.id).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "A city with the id " + city.id + " already exists.",
                    List.of(new Violation("id", "is already used by another city")));
        }
        apply(city, draft, draft.slug() != null ? draft.slug() : Slugs.of(draft.name()));
        cities.persistAndFlush(city);
        events.city("created", city);
        return city;
    }

    public City update(UUID id, CityDraft draft, String ifMatch) {
        City city = cities.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No city has the id '" + id + "'."));
        Preconditions.requireMatch(ifMatch, etag(city));
        apply(city, draft, draft.slug() != null ? draft.slug() : city.slug);
        cities.flush();
        events.city("updated", city);
        return city;
    }

    private void apply(City city, CityDraft draft, String slug) {
        if (cities.slugTakenByOther(slug, city.id)) {
            throw new ProblemException(ProblemType.CONFLICT, "The slug '" + slug + "' is already used by another city.",
                    List.of(new Violation("slug", "is already used by another city")));
        }
        city.slug = slug;
        city.name = draft.name();
        city.country = draft.country();
        city.population = draft.population();
        city.populationText = draft.populationText();
        city.areaKm2 = draft.areaKm2();
        city.areaText = draft.areaText();
        city.densityPerKm2 = draft.densityPerKm2();
        city.densityText = draft.densityText();
        city.gdpPerCapitaUsd = draft.gdpPerCapitaUsd();
        city.gdpPerCapitaText = draft.gdpPerCapitaText();
        city.growthRate = draft.growthRate();
        city.mainSourcesOfProsperity = draft.mainSourcesOfProsperity();
        city.dataQualityNotes = draft.dataQualityNotes() == null ? new ArrayList<>() : new ArrayList<>(draft.dataQualityNotes());
        city.updatedAt = OffsetDateTime.now();
    }
}

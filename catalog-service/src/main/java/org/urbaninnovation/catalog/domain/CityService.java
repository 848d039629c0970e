package org.urbaninnovation.catalog.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.urbaninnovation.commons.domain.Conflict;
import org.urbaninnovation.commons.domain.ExpectedVersion;
import org.urbaninnovation.commons.domain.NotFound;
import org.urbaninnovation.commons.domain.Violation;

/** Cities: read by everyone, written by the secretariat, each change published as an event. */
@ApplicationScoped
@Transactional
public class CityService {

    /** A page of cities with the number of published initiatives of each, and the number of cities in all. */
    public record CityPage(List<City> cities, Map<UUID, Long> initiativeCounts, long total) {
    }

    private final Cities cities;
    private final Initiatives initiatives;
    private final CatalogEvents events;

    public CityService(Cities cities, Initiatives initiatives, CatalogEvents events) {
        this.cities = cities;
        this.initiatives = initiatives;
        this.events = events;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CityPage list(int page, int size) {
        List<City> found = cities.page(page, size);
        return new CityPage(found, cities.publishedInitiativeCounts(found.stream().map(c -> c.id).toList()),
                cities.total());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public City get(String idOrSlug) {
        return cities.byIdOrSlug(idOrSlug)
                .orElseThrow(() -> new NotFound("No city has the id or slug '" + idOrSlug + "'."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public City get(UUID id) {
        return cities.byId(id).orElseThrow(() -> new NotFound("No city has the id '" + id + "'."));
    }

    /** The version a client reads; it covers the city's published initiatives, which its representation lists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String currentVersion(City city) {
        return city.currentVersion(cities.publishedVersions(city.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> currentVersion(String idOrSlug) {
        return cities.currentVersion(idOrSlug);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Initiative> publishedInitiatives(City city) {
        return initiatives.publishedIn(city);
    }

    public City create(CityDraft draft) {
        City city = new City();
        city.id = draft.id() != null ? draft.id() : UUID.randomUUID();
        if (draft.id() != null && cities.byId(city.id).isPresent()) {
            throw new Conflict("A city with the id " + city.id + " already exists.",
                    List.of(new Violation("id", "is already used by another city")));
        }
        apply(city, draft, draft.slug() != null ? draft.slug() : Slugs.of(draft.name()));
        cities.add(city);
        events.cityCreated(city);
        return city;
    }

    public City update(UUID id, CityDraft draft, ExpectedVersion expected) {
        City city = get(id);
        expected.require("The city", currentVersion(city));
        apply(city, draft, draft.slug() != null ? draft.slug() : city.slug);
        cities.update(city);
        events.cityUpdated(city);
        return city;
    }

    private void apply(City city, CityDraft draft, String slug) {
        if (cities.slugTakenByOther(slug, city.id)) {
            throw new Conflict("The slug '" + slug + "' is already used by another city.",
                    List.of(new Violation("slug", "is already used by another city")));
        }
        city.apply(draft, slug, OffsetDateTime.now());
    }
}

package org.urbaninnovation.catalog.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.catalog.domain.Cities;
import org.urbaninnovation.catalog.domain.City;
import org.urbaninnovation.catalog.domain.PublishedVersions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CityRepository implements Cities, PanacheRepositoryBase<City, UUID> {

    @Override
    public Optional<City> byIdOrSlug(String idOrSlug) {
        UUID id = Ids.parse(idOrSlug);
        return id != null ? byId(id) : find("slug", idOrSlug).firstResultOptional();
    }

    @Override
    public Optional<City> byId(UUID id) {
        return findByIdOptional(id);
    }

    @Override
    public List<City> page(int page, int size) {
        return findAll(Sort.by("name").and("id")).page(Page.of(page, size)).list();
    }

    @Override
    public long total() {
        return count();
    }

    @Override
    public boolean slugTakenByOther(String slug, UUID self) {
        return count("slug = :slug and id <> :self", Parameters.with("slug", slug).and("self", self)) > 0;
    }

    @Override
    public Map<UUID, Long> publishedInitiativeCounts(List<UUID> cityIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (cityIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager().createQuery("""
                select i.city.id, count(i) from Initiative i
                where i.status = 'published' and i.city.id in :cities group by i.city.id""", Object[].class)
                .setParameter("cities", cityIds).getResultList();
        rows.forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public PublishedVersions publishedVersions(UUID cityId) {
        Object[] row = getEntityManager().createQuery("""
                select count(i), coalesce(sum(i.version), 0) from Initiative i
                where i.city.id = :city and i.status = 'published'""", Object[].class)
                .setParameter("city", cityId).getSingleResult();
        return new PublishedVersions(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    @Override
    public Optional<String> currentVersion(String idOrSlug) {
        UUID id = Ids.parse(idOrSlug);
        return getEntityManager().createQuery("""
                select c.version, count(i), coalesce(sum(i.version), 0) from City c
                left join Initiative i on i.city = c and i.status = 'published'
                where %s = :key group by c.id, c.version""".formatted(id != null ? "c.id" : "c.slug"), Object[].class)
                .setParameter("key", id != null ? id : idOrSlug).getResultStream().findFirst()
                .map(row -> City.version(((Number) row[0]).longValue(),
                        new PublishedVersions(((Number) row[1]).longValue(), ((Number) row[2]).longValue())));
    }

    @Override
    public void add(City city) {
        persistAndFlush(city);
    }

    @Override
    public void update(City city) {
        flush();
    }
}

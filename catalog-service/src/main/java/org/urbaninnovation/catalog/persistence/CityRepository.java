package org.urbaninnovation.catalog.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.catalog.domain.City;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CityRepository implements PanacheRepositoryBase<City, UUID> {

    public Optional<City> findByIdOrSlug(String idOrSlug) {
        UUID id = Ids.parse(idOrSlug);
        return id != null ? findByIdOptional(id) : find("slug", idOrSlug).firstResultOptional();
    }

    public List<City> page(int page, int size) {
        return findAll(Sort.by("name").and("id")).page(Page.of(page, size)).list();
    }

    public boolean slugTakenByOther(String slug, UUID self) {
        return count("slug = ?1 and id <> ?2", slug, self) > 0;
    }

    /** "count-sum of versions" of the city's published initiatives: changes whenever one of them does. */
    public String initiativesFingerprint(UUID cityId) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery(
                "select count(*), coalesce(sum(version), 0) from initiative where city_id = ?1 and status = 'published'")
                .setParameter(1, cityId).getSingleResult();
        return row[0] + "-" + row[1];
    }

    /** Published initiatives per city, for the cities of one page. */
    public Map<UUID, Long> publishedInitiatives(List<UUID> cityIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (cityIds.isEmpty()) {
            return counts;
        }
        for (Object row : getEntityManager().createQuery(
                "select i.city.id, count(i) from Initiative i where i.status = 'published' and i.city.id in ?1 group by i.city.id")
                .setParameter(1, cityIds).getResultList()) {
            Object[] cells = (Object[]) row;
            counts.put((UUID) cells[0], ((Number) cells[1]).longValue());
        }
        return counts;
    }
}

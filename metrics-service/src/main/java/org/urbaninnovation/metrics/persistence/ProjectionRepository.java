package org.urbaninnovation.metrics.persistence;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.urbaninnovation.metrics.domain.CatalogCity;
import org.urbaninnovation.metrics.domain.CatalogInitiative;
import org.urbaninnovation.metrics.domain.KnownInitiatives;
import org.urbaninnovation.metrics.domain.ProjectionStore;

/** The catalogue projection's rows, written in the transaction of the feed consumer that applies a page. */
@ApplicationScoped
public class ProjectionRepository implements ProjectionStore, KnownInitiatives {

    private final EntityManager em;

    public ProjectionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void clear() {
        em.createQuery("delete from CatalogInitiative").executeUpdate();
        em.createQuery("delete from CatalogCity").executeUpdate();
    }

    @Override
    public Optional<CatalogCity> city(UUID id) {
        return Optional.ofNullable(em.find(CatalogCity.class, id));
    }

    @Override
    public Optional<CatalogInitiative> initiative(UUID id) {
        return Optional.ofNullable(em.find(CatalogInitiative.class, id));
    }

    @Override
    public List<CatalogInitiative> initiativesIn(UUID cityId) {
        return em.createQuery("select i from CatalogInitiative i where i.cityId = :cityId", CatalogInitiative.class)
                .setParameter("cityId", cityId).getResultList();
    }

    /** A city read here is managed and kept at commit; a new one is added. */
    @Override
    public void save(CatalogCity city) {
        if (!em.contains(city)) {
            em.persist(city);
        }
    }

    @Override
    public void save(CatalogInitiative initiative) {
        if (!em.contains(initiative)) {
            em.persist(initiative);
        }
    }

    @Override
    public Set<UUID> among(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select i.id from CatalogInitiative i where i.id in :ids", UUID.class)
                .setParameter("ids", ids).getResultList());
    }
}

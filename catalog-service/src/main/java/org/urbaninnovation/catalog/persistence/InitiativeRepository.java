package org.urbaninnovation.catalog.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.catalog.domain.Initiative;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InitiativeRepository implements PanacheRepositoryBase<Initiative, UUID> {

    public List<Initiative> listPublished(int page, int size) {
        return find("select i from Initiative i join fetch i.city where i.status = ?1",
                Sort.by("i.title"), Initiative.PUBLISHED)
                .page(Page.of(page, size)).list();
    }

    public long countPublished() {
        return count("status", Initiative.PUBLISHED);
    }

    public Optional<Initiative> findPublished(String idOrSlug) {
        UUID id = parseUuid(idOrSlug);
        return id != null
                ? find("select i from Initiative i join fetch i.city where i.id = ?1 and i.status = ?2", id, Initiative.PUBLISHED).firstResultOptional()
                : find("select i from Initiative i join fetch i.city where i.slug = ?1 and i.status = ?2", idOrSlug, Initiative.PUBLISHED).firstResultOptional();
    }

    private static UUID parseUuid(String text) {
        try {
            return text.length() == 36 ? UUID.fromString(text) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

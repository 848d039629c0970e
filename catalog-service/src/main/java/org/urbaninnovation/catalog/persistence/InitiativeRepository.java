package org.urbaninnovation.catalog.persistence;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.catalog.domain.Initiative;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InitiativeRepository implements PanacheRepositoryBase<Initiative, UUID> {

    private static final String WITH_CITY = "select i from Initiative i join fetch i.city ";

    /** Similar initiatives are ranked among at most this many that share a salient term. */
    private static final int SIMILAR_CANDIDATES = 2000;

    public Optional<Initiative> findByIdOrSlug(String idOrSlug) {
        UUID id = Ids.parse(idOrSlug);
        return id != null
                ? find(WITH_CITY + "where i.id = ?1", id).firstResultOptional()
                : find(WITH_CITY + "where i.slug = ?1", idOrSlug).firstResultOptional();
    }

    /** The initiatives of these ids with their cities, in the order of the ids. */
    public List<Initiative> withCities(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Initiative> loaded = find(WITH_CITY + "where i.id in ?1", ids).list();
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        return loaded.stream().sorted(Comparator.comparing(i -> position.get(i.id))).toList();
    }

    public List<Initiative> allWithCities() {
        return find(WITH_CITY + "order by lower(i.title), i.id").list();
    }

    public List<Initiative> publishedInCity(UUID cityId) {
        return find(WITH_CITY + "where i.city.id = ?1 and i.status = ?2 order by lower(i.title)", cityId, Initiative.PUBLISHED).list();
    }

    public boolean slugTakenByOther(String slug, UUID self) {
        return count("slug = ?1 and id <> ?2", slug, self) > 0;
    }

    public boolean cycleExists(String code) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from cycle where code = ?1")
                .setParameter(1, code).getSingleResult()).longValue() > 0;
    }

    public Map<String, Long> publishedPerTheme() {
        Map<String, Long> counts = new HashMap<>();
        for (Object row : getEntityManager().createNativeQuery(
                "select t, count(*) from initiative, unnest(themes) t where status = 'published' group by t").getResultList()) {
            Object[] cells = (Object[]) row;
            counts.put((String) cells[0], ((Number) cells[1]).longValue());
        }
        return counts;
    }

    /**
     * Published initiatives closest to the given one: a cosine-like overlap of salient terms (the
     * lexemes of title, summary, city and tags) plus a bonus per shared theme.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> similarTo(UUID id, int limit) {
        String salient = "u.weights && array['A', 'B']";
        String sql = "with src as (select id, themes, search_vector from initiative where id = ?1),"
                + " terms as (select array_agg(u.lexeme) as lexemes,"
                + "   to_tsquery('simple', string_agg(quote_literal(u.lexeme), ' | ')) as query"
                + "   from src, unnest(src.search_vector) u where " + salient + "),"
                + " candidates as (select i.id, i.themes, i.search_vector from initiative i, src, terms"
                + "   where i.status = 'published' and i.id <> src.id and i.match_vector @@ terms.query limit "
                + SIMILAR_CANDIDATES + ")"
                + " select c.id from candidates c, src, terms order by"
                + " (select count(*) from unnest(c.search_vector) u where " + salient + " and u.lexeme = any(terms.lexemes))"
                + "   / sqrt(greatest(1, (select count(*) from unnest(c.search_vector) u where " + salient + ")))"
                + " + 0.2 * cardinality(array(select unnest(c.themes) intersect select unnest(src.themes))) desc, c.id"
                + " limit ?2";
        return getEntityManager().createNativeQuery(sql).setParameter(1, id).setParameter(2, limit).getResultList();
    }
}

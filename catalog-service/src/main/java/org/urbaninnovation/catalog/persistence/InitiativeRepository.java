package org.urbaninnovation.catalog.persistence;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.catalog.domain.City;
import org.urbaninnovation.catalog.domain.Initiative;
import org.urbaninnovation.catalog.domain.Initiatives;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class InitiativeRepository implements Initiatives, PanacheRepositoryBase<Initiative, UUID> {

    private static final String WITH_CITY = "select i from Initiative i join fetch i.city ";

    /** Similar initiatives are ranked among at most this many that share a salient term. */
    private static final int SIMILAR_CANDIDATES = 2000;

    /** Salient terms: the lexemes of title, summary, city and tags (weights A and B). */
    private static final String SALIENT = "u.weights && array['A', 'B']";

    /**
     * A cosine-like overlap of salient terms plus a bonus per shared theme. Hand-written: the
     * lexemes of tsvectors and their weights have no JPQL form.
     */
    private static final String SIMILAR = """
            with src as (select id, themes, search_vector from initiative where id = :id),
            terms as (select array_agg(u.lexeme) as lexemes,
                             to_tsquery('simple', string_agg(quote_literal(u.lexeme), ' | ')) as query
                      from src, unnest(src.search_vector) u where %1$s),
            candidates as (select i.id, i.themes, i.search_vector from initiative i, src, terms
                           where i.status = 'published' and i.id <> src.id and i.match_vector @@ terms.query
                           limit %2$d)
            select c.id from candidates c, src, terms order by
              (select count(*) from unnest(c.search_vector) u where %1$s and u.lexeme = any(terms.lexemes))
                / sqrt(greatest(1, (select count(*) from unnest(c.search_vector) u where %1$s)))
              + 0.2 * cardinality(array(select unnest(c.themes) intersect select unnest(src.themes))) desc, c.id
            limit :limit""".formatted(SALIENT, SIMILAR_CANDIDATES);

    private static final String PUBLISHED_PER_THEME = """
            select t, count(*) from initiative, unnest(themes) t where status = 'published' group by t""";

    @Override
    public Optional<Initiative> byIdOrSlug(String idOrSlug) {
        UUID id = Ids.parse(idOrSlug);
        return id != null ? byId(id)
                : find(WITH_CITY + "where i.slug = :slug", Parameters.with("slug", idOrSlug)).firstResultOptional();
    }

    @Override
    public Optional<Initiative> byId(UUID id) {
        return find(WITH_CITY + "where i.id = :id", Parameters.with("id", id)).firstResultOptional();
    }

    @Override
    public Optional<String> publishedVersion(String idOrSlug) {
        UUID id = Ids.parse(idOrSlug);
        return getEntityManager().createQuery("select i.version, i.city.version from Initiative i where "
                + (id != null ? "i.id" : "i.slug") + " = :key and i.status = :published", Object[].class)
                .setParameter("key", id != null ? id : idOrSlug).setParameter("published", Initiative.PUBLISHED)
                .getResultStream().findFirst().map(row -> Initiative.version((Long) row[0], (Long) row[1]));
    }

    @Override
    public long latestChange() {
        // The newest entry of the primary key's index: one page read, however long the outbox.
        return ((Number) getEntityManager().createNativeQuery("select coalesce(max(seq), 0) from outbox_event")
                .getSingleResult()).longValue();
    }

    @Override
    public boolean exists(UUID id) {
        return findByIdOptional(id).isPresent();
    }

    @Override
    public boolean slugTakenByOther(String slug, UUID self) {
        return count("slug = :slug and id <> :self", Parameters.with("slug", slug).and("self", self)) > 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Initiative> similarTo(Initiative source, int limit) {
        List<UUID> ids = getEntityManager().createNativeQuery(SIMILAR)
                .setParameter("id", source.id)
                .setParameter("limit", limit)
                .getResultList();
        return withCities(ids);
    }

    @Override
    public List<Initiative> all() {
        return find(WITH_CITY + "order by lower(i.title), i.id").list();
    }

    @Override
    public List<Initiative> publishedIn(City city) {
        return find(WITH_CITY + "where i.city.id = :city and i.status = :status order by lower(i.title)",
                Parameters.with("city", city.id).and("status", Initiative.PUBLISHED)).list();
    }

    @Override
    public Map<String, Long> publishedPerTheme() {
        Map<String, Long> counts = new HashMap<>();
        for (Object row : getEntityManager().createNativeQuery(PUBLISHED_PER_THEME).getResultList()) {
            Object[] cells = (Object[]) row;
            counts.put((String) cells[0], ((Number) cells[1]).longValue());
        }
        return counts;
    }

    @Override
    public void add(Initiative initiative) {
        persistAndFlush(initiative);
    }

    @Override
    public void update(Initiative initiative) {
        flush();
    }

    /** The initiatives of these ids with their cities, in the order of the ids. */
    private List<Initiative> withCities(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Initiative> loaded = find(WITH_CITY + "where i.id in :ids", Parameters.with("ids", ids)).list();
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        return loaded.stream().sorted(Comparator.comparing(i -> position.get(i.id))).toList();
    }
}

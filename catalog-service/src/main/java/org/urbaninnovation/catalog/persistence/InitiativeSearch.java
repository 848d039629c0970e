package org.urbaninnovation.catalog.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.urbaninnovation.catalog.domain.SearchCriteria;

/**
 * Full-text search over the stored, weighted {@code search_vector} (GIN-indexed). Ranking and
 * facets run over at most {@code catalog.search.candidate-cap} matches, so that a term found in
 * most rows costs a bounded amount of work; the answer says when the cap was reached.
 */
@ApplicationScoped
public class InitiativeSearch {

    public record Hit(UUID id, double rank, String titleHighlight, String textHighlight) {
    }

    public record FacetCount(String facet, String value, long count) {
    }

    public record Result(List<Hit> hits, long total, boolean totalExact, List<FacetCount> facets) {
    }

    private static final String QUERY = "with q as (select to_tsquery('catalog_search', :tsq) as query) ";
    private static final String ESCAPED_TEXT = "replace(replace(replace(%s, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";
    private static final String HEADLINE_OPTIONS =
            "'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"'";

    private final EntityManager em;
    private final int candidateCap;

    public InitiativeSearch(EntityManager em,
            @ConfigProperty(name = "catalog.search.candidate-cap", defaultValue = "5000") int candidateCap) {
        this.em = em;
        this.candidateCap = candidateCap;
    }

    public Result search(SearchCriteria criteria) {
        Filter filter = Filter.of(criteria);
        List<Hit> hits = criteria.hasText() ? rankedPage(criteria, filter) : orderedPage(criteria, filter);
        long matched = countCapped(criteria, filter);
        boolean exact = matched <= candidateCap;
        return new Result(hits, Math.min(matched, candidateCap), exact, facets(criteria, filter));
    }

    private List<Hit> rankedPage(SearchCriteria criteria, Filter filter) {
        String rank = "ts_rank(m.search_vector, q.query)";
        String sql = QUERY
                + ", matches as materialized (select i.id, i.search_vector from initiative i join city c on c.id = i.city_id, q"
                + " where " + filter.where() + " and i.search_vector @@ q.query limit " + candidateCap + ")"
                + ", page as (select m.id, " + rank + " as rank, row_number() over (order by "
                + order(criteria.sort(), rank + " desc") + ", i.id) as ord from matches m"
                + " join initiative i on i.id = m.id join city c on c.id = i.city_id, q order by ord limit :limit offset :offset)"
                + " select p.id, p.rank, ts_headline('catalog_search', " + ESCAPED_TEXT.formatted("i.title")
                + ", q.query, 'HighlightAll=true, StartSel=<mark>, StopSel=</mark>'),"
                + " ts_headline('catalog_search', " + ESCAPED_TEXT.formatted(
                        "coalesce(i.summary, '') || ' ' || coalesce((select string_agg(value, ' ') from jsonb_each_text(i.sections)), '')")
                + ", q.query, " + HEADLINE_OPTIONS + ")"
                + " from page p join initiative i on i.id = p.id, q order by p.ord";
        Query query = em.createNativeQuery(sql);
        query.setParameter("tsq", criteria.query().tsquery());
        query.setParameter("limit", criteria.size());
        query.setParameter("offset", (long) criteria.page() * criteria.size());
        filter.bind(query);
        List<Hit> hits = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            hits.add(new Hit((UUID) cells[0], ((Number) cells[1]).doubleValue(), (String) cells[2], (String) cells[3]));
        }
        return hits;
    }

    private List<Hit> orderedPage(SearchCriteria criteria, Filter filter) {
        String sql = "select i.id from initiative i join city c on c.id = i.city_id where " + filter.where()
                + " order by " + order(criteria.sort(), "lower(i.title)") + ", i.id limit :limit offset :offset";
        Query query = em.createNativeQuery(sql);
        query.setParameter("limit", criteria.size());
        query.setParameter("offset", (long) criteria.page() * criteria.size());
        filter.bind(query);
        List<Hit> hits = new ArrayList<>();
        for (Object id : query.getResultList()) {
            hits.add(new Hit((UUID) id, 0, null, null));
        }
        return hits;
    }

    private long countCapped(SearchCriteria criteria, Filter filter) {
        String sql = (criteria.hasText() ? QUERY : "")
                + "select count(*) from (select 1 from initiative i join city c on c.id = i.city_id"
                + (criteria.hasText() ? ", q" : "") + " where " + filter.where()
                + (criteria.hasText() ? " and i.search_vector @@ q.query" : "") + " limit " + (candidateCap + 1) + ") capped";
        Query query = em.createNativeQuery(sql);
        if (criteria.hasText()) {
            query.setParameter("tsq", criteria.query().tsquery());
        }
        filter.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    private List<FacetCount> facets(SearchCriteria criteria, Filter filter) {
        String sql = (criteria.hasText() ? QUERY : "")
                + ", matches as materialized (select i.id, i.themes, i.sdgs, i.innovation_type, i.cycle_code, c.slug, c.country"
                + " from initiative i join city c on c.id = i.city_id" + (criteria.hasText() ? ", q" : "")
                + " where " + filter.where() + (criteria.hasText() ? " and i.search_vector @@ q.query" : "")
                + " limit " + candidateCap + ")"
                + " select 'theme', t, count(*) from matches, unnest(themes) t group by t"
                + " union all select 'sdg', s::text, count(*) from matches, unnest(sdgs) s group by s"
                + " union all select 'city', slug, count(*) from matches group by slug"
                + " union all select 'country', country, count(*) from matches group by country"
                + " union all select 'innovationType', coalesce(innovation_type, 'unspecified'), count(*) from matches group by 2"
                + " union all select 'cycle', coalesce(cycle_code, 'unspecified'), count(*) from matches group by 2";
        if (!criteria.hasText()) {
            sql = "with" + sql.substring(1);
        }
        Query query = em.createNativeQuery(sql);
        if (criteria.hasText()) {
            query.setParameter("tsq", criteria.query().tsquery());
        }
        filter.bind(query);
        List<FacetCount> facets = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            facets.add(new FacetCount((String) cells[0], (String) cells[1], ((Number) cells[2]).longValue()));
        }
        return facets;
    }

    /** The ORDER BY of a sort; {@code relevance} is the given expression (the rank, or title without text). */
    private static String order(SearchCriteria.Sort sort, String relevance) {
        return switch (sort) {
            case RELEVANCE -> relevance;
            case TITLE -> "lower(i.title)";
            case TITLE_DESC -> "lower(i.title) desc";
            case CITY -> "lower(c.name), lower(i.title)";
            case CITY_DESC -> "lower(c.name) desc, lower(i.title)";
            case PUBLISHED_AT -> "i.published_at nulls first";
            case PUBLISHED_AT_DESC -> "i.published_at desc nulls last";
        };
    }

    /** The WHERE clause of the filters, with named parameters :f1, :f2, ... */
    private record Filter(String where, List<Object> values) {

        static Filter of(SearchCriteria criteria) {
            StringBuilder where = new StringBuilder("i.status = 'published'");
            List<Object> values = new ArrayList<>();
            if (criteria.city() != null) {
                values.add(criteria.city());
                where.append(" and (c.slug = :f").append(values.size()).append(" or cast(c.id as text) = :f").append(values.size()).append(")");
            }
            if (criteria.country() != null) {
                values.add(criteria.country());
                where.append(" and lower(c.country) = lower(:f").append(values.size()).append(")");
            }
            if (criteria.theme() != null) {
                values.add(criteria.theme());
                where.append(" and i.themes @> array[cast(:f").append(values.size()).append(" as text)]");
            }
            if (criteria.sdg() != null) {
                values.add(criteria.sdg());
                where.append(" and i.sdgs @> array[cast(:f").append(values.size()).append(" as integer)]");
            }
            if (criteria.innovationType() != null) {
                values.add(criteria.innovationType());
                where.append(" and i.innovation_type = :f").append(values.size());
            }
            if (criteria.cycle() != null) {
                values.add(criteria.cycle());
                where.append(" and i.cycle_code = :f").append(values.size());
            }
            return new Filter(where.toString(), values);
        }

        void bind(Query query) {
            for (int i = 0; i < values.size(); i++) {
                query.setParameter("f" + (i + 1), values.get(i));
            }
        }
    }
}

package org.urbaninnovation.catalog.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.urbaninnovation.catalog.domain.SearchCriteria;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Full-text search. The position-free {@code match_vector} (GIN-indexed) decides what matches;
 * at most {@code catalog.search.candidate-cap} matches are then counted, ranked on the small
 * {@code head_vector} (title, tags, city) and faceted, all in one statement, so that a word found
 * in most rows costs a bounded amount of work. The answer says when the cap was reached.
 */
@ApplicationScoped
public class InitiativeSearch {

    /** A matching initiative with what a result list shows; rank and highlights only in a text search. */
    public record Hit(UUID id, String slug, String title, UUID cityId, String citySlug, String cityName, String country,
            String cycle, String innovationType, List<String> themes, List<Integer> sdgs, OffsetDateTime publishedAt,
            Double rank, String titleHighlight, String textHighlight) {
    }

    public record FacetCount(String facet, String value, long count) {
    }

    public record Result(List<Hit> hits, long total, boolean totalExact, List<FacetCount> facets) {
    }

    private static final String ESCAPED = "replace(replace(replace(%s, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";
    /**
     * The snippet is cut from the first 800 characters (the summary, then the sections): ts_headline
     * parses all the text it is given, and on whole descriptions it cost more than the search.
     */
    private static final String SNIPPET_SOURCE = "left(coalesce(i.summary, '') || ' '"
            + " || coalesce((select string_agg(value, ' ') from jsonb_each_text(i.sections)), ''), 800)";
    /** The columns of a result row, as one JSON object: the list needs no entity loading. */
    private static String hitJson(String row) {
        String columns = "json_build_object('id', r.id, 'slug', r.slug, 'title', r.title, 'cityId', r.city_id,"
                + " 'citySlug', r.city_slug, 'cityName', r.city_name, 'country', r.country, 'cycle', r.cycle_code,"
                + " 'innovationType', r.innovation_type, 'themes', r.themes, 'sdgs', r.sdgs, 'publishedAt', r.published_at";
        return columns.replace("r.", row + ".");
    }
    private static final String HEADLINE_OPTIONS =
            "'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"'";
    private static final String FACETS =
            " union all select 'theme', null, count(*), t from ranked, unnest(themes) t group by t"
            + " union all select 'sdg', null, count(*), s::text from ranked, unnest(sdgs) s group by s"
            + " union all select 'city', null, count(*), city_slug from ranked group by city_slug"
            + " union all select 'country', null, count(*), country from ranked group by country"
            + " union all select 'innovationType', null, count(*), coalesce(innovation_type, 'unspecified')"
            + "   from ranked group by 4"
            + " union all select 'cycle', null, count(*), coalesce(cycle_code, 'unspecified') from ranked group by 4";

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final int candidateCap;

    public InitiativeSearch(EntityManager em, ObjectMapper mapper,
            @ConfigProperty(name = "catalog.search.candidate-cap", defaultValue = "300") int candidateCap) {
        this.em = em;
        this.mapper = mapper;
        this.candidateCap = candidateCap;
    }

    public Result search(SearchCriteria criteria) {
        Filter filter = Filter.of(criteria);
        return criteria.hasText() ? ranked(criteria, filter) : listed(criteria, filter);
    }

    /** Text search: candidates, total, rank, page, snippets and facets in one statement. */
    private Result ranked(SearchCriteria criteria, Filter filter) {
        String sql = "with q as (select to_tsquery('catalog_search', :tsq) as query),"
                + " matches as materialized (select i.id, i.slug, i.city_id, i.head_vector, i.title, i.themes, i.sdgs,"
                + "   i.innovation_type, i.cycle_code, i.published_at from initiative i" + filter.cityJoin() + ", q"
                + "   where " + filter.where() + " and i.match_vector @@ to_tsquery('catalog_search', :match)"
                + (criteria.query().hasPhrase() ? " and i.search_vector @@ q.query" : "")
                + "   limit " + (candidateCap + 1) + "),"
                + " ranked as (select m.*, c.name as city_name, c.slug as city_slug, c.country,"
                + "   ts_rank(m.head_vector, q.query) as rank from matches m join city c on c.id = m.city_id, q"
                + "   limit " + candidateCap + "),"
                + " page as (select r.*, row_number() over (order by " + order(criteria.sort(), "r.rank desc", "r", "r.city_name")
                + "   , r.id) as ord from ranked r order by ord limit :limit offset :offset)"
                + " select 'hit', p.ord, p.rank, cast(" + hitJson("p")
                + ", 'rank', p.rank, 'titleHighlight', ts_headline('catalog_search', " + ESCAPED.formatted("p.title")
                + "     , q.query, 'HighlightAll=true, StartSel=<mark>, StopSel=</mark>'),"
                + "   'textHighlight', ts_headline('catalog_search', " + ESCAPED.formatted(SNIPPET_SOURCE) + ", q.query, "
                + HEADLINE_OPTIONS + ")) as text)"
                + " from page p join initiative i on i.id = p.id, q"
                + " union all select 'total', null, count(*), null from matches"
                + FACETS;
        Query query = em.createNativeQuery(sql);
        query.setParameter("tsq", criteria.query().tsquery());
        query.setParameter("match", criteria.query().withoutPositions());
        bindPage(query, criteria);
        filter.bind(query);
        return read(query.getResultList());
    }

    /** Listing without text: the page follows an index order; total and facets cover the first matches. */
    private Result listed(SearchCriteria criteria, Filter filter) {
        String sql = "with r as (select i.*, c.name as city_name, c.slug as city_slug, c.country from initiative i"
                + filter.cityJoinAlways() + " where " + filter.where()
                + " order by " + order(criteria.sort(), "lower(i.title)", "i", "c.name") + ", i.id limit :limit offset :offset)"
                + " select 'hit', row_number() over (), null, cast(" + hitJson("r") + ") as text) from r";
        Query page = em.createNativeQuery(sql);
        bindPage(page, criteria);
        filter.bind(page);
        List<Hit> hits = read(page.getResultList()).hits();
        String stats = "with matches as materialized (select i.id, i.city_id, i.themes, i.sdgs, i.innovation_type, i.cycle_code"
                + "   from initiative i" + filter.cityJoin() + " where " + filter.where() + " limit " + (candidateCap + 1) + "),"
                + " ranked as (select m.*, c.slug as city_slug, c.country from matches m join city c on c.id = m.city_id"
                + "   limit " + candidateCap + ")"
                + " select 'total', null, count(*), null from matches" + FACETS;
        Query query = em.createNativeQuery(stats);
        filter.bind(query);
        Result counted = read(query.getResultList());
        return new Result(hits, counted.total(), counted.totalExact(), counted.facets());
    }

    /** Rows of (kind, order, number, text): hits carry their JSON, "total" its count, facets their value. */
    private Result read(List<?> rows) {
        List<Object[]> hitRows = new ArrayList<>();
        List<FacetCount> facets = new ArrayList<>();
        long matched = 0;
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            String kind = (String) cells[0];
            switch (kind) {
                case "hit" -> hitRows.add(cells);
                case "total" -> matched = ((Number) cells[2]).longValue();
                default -> facets.add(new FacetCount(kind, (String) cells[3], ((Number) cells[2]).longValue()));
            }
        }
        hitRows.sort(java.util.Comparator.comparingLong(cells -> ((Number) cells[1]).longValue()));
        List<Hit> hits = hitRows.stream().map(cells -> parse((String) cells[3])).toList();
        return new Result(hits, Math.min(matched, candidateCap), matched <= candidateCap, facets);
    }

    private Hit parse(String json) {
        try {
            return mapper.readValue(json, Hit.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable search row", e);
        }
    }

    private static void bindPage(Query query, SearchCriteria criteria) {
        query.setParameter("limit", criteria.size());
        query.setParameter("offset", (long) criteria.page() * criteria.size());
    }

    /** The ORDER BY of a sort over rows aliased {@code row}; {@code relevance} is the given expression. */
    private static String order(SearchCriteria.Sort sort, String relevance, String row, String cityName) {
        String title = "lower(" + row + ".title)";
        return switch (sort) {
            case RELEVANCE -> relevance;
            case TITLE -> title;
            case TITLE_DESC -> title + " desc";
            case CITY -> "lower(" + cityName + "), " + title;
            case CITY_DESC -> "lower(" + cityName + ") desc, " + title;
            case PUBLISHED_AT -> row + ".published_at nulls first";
            case PUBLISHED_AT_DESC -> row + ".published_at desc nulls last";
        };
    }

    /** The WHERE clause of the filters, with named parameters :f1, :f2, ... */
    private record Filter(String where, List<Object> values, boolean needsCity) {

        static Filter of(SearchCriteria criteria) {
            StringBuilder where = new StringBuilder("i.status = 'published'");
            List<Object> values = new ArrayList<>();
            if (criteria.city() != null) {
                values.add(criteria.city());
                where.append(" and (c.slug = :f").append(values.size()).append(" or cast(c.id as text) = :f")
                        .append(values.size()).append(")");
            }
            if (criteria.country() != null) {
                values.add(criteria.country());
                where.append(" and lower(c.country) = lower(:f").append(values.size()).append(")");
            }
            boolean needsCity = !values.isEmpty();
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
            return new Filter(where.toString(), values, needsCity);
        }

        /** The city is joined only when a filter reads it: the join made the planner fetch every match first. */
        String cityJoin() {
            return needsCity ? " join city c on c.id = i.city_id" : "";
        }

        String cityJoinAlways() {
            return " join city c on c.id = i.city_id";
        }

        void bind(Query query) {
            for (int i = 0; i < values.size(); i++) {
                query.setParameter("f" + (i + 1), values.get(i));
            }
        }
    }
}

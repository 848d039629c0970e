package org.urbaninnovation.catalog.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.urbaninnovation.catalog.domain.InitiativeSearch;
import org.urbaninnovation.catalog.domain.SearchCriteria;
import org.urbaninnovation.catalog.domain.SearchResult;
import org.urbaninnovation.catalog.domain.SearchResult.FacetCount;
import org.urbaninnovation.catalog.domain.SearchResult.Hit;
import org.urbaninnovation.catalog.domain.SearchSettings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Full-text search, in hand-written SQL: its cost was measured and tuned with EXPLAIN ANALYZE
 * (bench/README.md, search section: "What made a search 3–4 times cheaper"). The position-free
 * {@code match_vector} (GIN-indexed) decides what matches; at most {@code catalog.search.candidate-cap}
 * matches are then counted, ranked on the small {@code head_vector} (title, tags, city) and faceted,
 * all in one statement, so that a word found in most rows costs a bounded amount of work. The
 * answer says when the cap was reached. Ranking, facets and the result rows read
 * {@code initiative_card}, whose columns stay in the row, rather than the initiative's, which live in
 * TOAST; the highlights of the page are made in Java ({@link Highlighter}) from the texts the
 * statement returns. Every statement is planned once for all parameters
 * ({@code plan_cache_mode = force_generic_plan}, application.properties): the text of a statement
 * depends only on which filters are set, the sort and whether the query has a phrase.
 */
@ApplicationScoped
public class FullTextSearch implements InitiativeSearch {

    /** The facets of the ranked candidates: rows of (facet, null, count, value). */
    private static final String FACETS = """
            union all select 'theme', null, count(*), t from ranked, unnest(themes) t group by t
            union all select 'sdg', null, count(*), s::text from ranked, unnest(sdgs) s group by s
            union all select 'city', null, count(*), city_slug from ranked group by city_slug
            union all select 'country', null, count(*), country from ranked group by country
            union all select 'innovationType', null, count(*), coalesce(innovation_type, 'unspecified')
              from ranked group by 4
            union all select 'cycle', null, count(*), coalesce(cycle_code, 'unspecified') from ranked group by 4""";

    /** One way to the candidates of a text search: how they match, the filters, the phrase check, the cap + 1. */
    private static final String CANDIDATES = """
            select c.* from initiative i join initiative_card c on c.id = i.id, q
            where %s%s%s
            limit %d""";

    /** Through the GIN index; the way taken unless {@code path} says the words are common. */
    private static final String BY_INDEX = "i.match_vector @@ to_tsquery('catalog_search', :match) and not (select scan from path)";

    /** Reading the table in order: {@code is true} keeps the planner from using the index for this branch. */
    private static final String BY_SCAN =
            "(i.match_vector @@ to_tsquery('catalog_search', :match)) is true and (select scan from path)";

    /**
     * A text search: the two ways to the candidates, the cap, the order of the page, the hit's
     * columns, the facets.
     */
    private static final String RANKED = """
            with q as (select to_tsquery('catalog_search', :tsq) as query,
                              tsvector_to_array(to_tsvector('catalog_search', :words)) as lexemes),
            path as (select coalesce(bool_and(s.share is not null) and exp(sum(ln(s.share))) >= :scanShare, false) as scan
                     from unnest((select lexemes from q)) w(lexeme)
                     left join unnest(string_to_array(:commonLexemes, ' '), cast(string_to_array(:commonShares, ' ') as float8[]))
                       s(lexeme, share) using (lexeme)),
            matches as materialized ((%s)
                                     union all (%s)),
            ranked as (select m.*, ts_rank(m.head_vector, q.query) as rank from matches m, q limit %d),
            page as (select r.id, r.slug, r.title, r.city_id, r.city_slug, r.city_name, r.country, r.cycle_code,
                            r.innovation_type, r.themes, r.sdgs, r.published_at, r.rank,
                            row_number() over (order by %s, r.id) as ord
                     from ranked r order by ord limit :limit offset :offset)
            select 'hit', p.ord, p.rank,
                   cast(json_build_object(%s, 'rank', p.rank, 'summary', i.summary, 'sections', i.sections) as text)
            from page p join initiative i on i.id = p.id
            union all select 'query', null, null, cast(q.query as text) from q
            union all select 'total', null, count(*), null from matches
            %s""";

    /** A listing without text, one page in an index order: the filters, the order, the hit's columns. */
    private static final String LISTED = """
            with r as (select i.*, ci.name as city_name, ci.slug as city_slug, ci.country
                       from initiative i join city ci on ci.id = i.city_id
                       where i.status = 'published'%s
                       order by %s, i.id limit :limit offset :offset)
            select 'hit', row_number() over (), null, cast(json_build_object(%s) as text) from r""";

    /** The total and the facets of a listing, over its first matches: the filters, the cap + 1, the cap, the facets. */
    private static final String LISTED_FACETS = """
            with matches as materialized (select c.id, c.city_slug, c.country, c.themes, c.sdgs, c.innovation_type,
                                                 c.cycle_code
                                          from initiative_card c where true%s limit %d),
            ranked as (select * from matches limit %d)
            select 'total', null, count(*), null from matches
            %s""";

    /** The columns of a result row (of the relation named first) as JSON pairs, so that the list needs no entity loading. */
    private static final String HIT_FIELDS = """
            'id', %1$s.id, 'slug', %1$s.slug, 'title', %1$s.title, 'cityId', %1$s.city_id, 'citySlug', %1$s.city_slug, \
            'cityName', %1$s.city_name, 'country', %1$s.country, 'cycle', %1$s.cycle_code, \
            'innovationType', %1$s.innovation_type, 'themes', %1$s.themes, 'sdgs', %1$s.sdgs, \
            'publishedAt', %1$s.published_at""";

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final CommonLexemes commonLexemes;
    private final int candidateCap;

    public FullTextSearch(EntityManager em, ObjectMapper mapper, CommonLexemes commonLexemes, SearchSettings settings) {
        this.em = em;
        this.mapper = mapper;
        this.commonLexemes = commonLexemes;
        this.candidateCap = settings.candidateCap();
    }

    @Override
    public SearchResult search(SearchCriteria criteria) {
        return criteria.hasText() ? ranked(criteria) : listed(criteria);
    }

    /**
     * Text search: candidates, total, rank, page, snippets and facets in one statement. Candidates
     * come from the GIN index, except when the words are so common (by {@link CommonLexemes}) that
     * reading the table in order finds enough of them within a few thousand rows: the index would
     * first collect every match (a 400k-row bitmap for a word in 40% of a million rows;
     * bench/README.md, search section) of which only the first few hundred are used. With a filter,
     * which could make matches rare again, and with a prefix, which can stand for rare words, the
     * index is always used.
     */
    private SearchResult ranked(SearchCriteria criteria) {
        Filter filter = Filter.of(criteria, "c", "c.city_slug", "c.country");
        CommonLexemes.Shares common = filter.values().isEmpty() && !criteria.query().hasPrefix()
                ? commonLexemes.current() : CommonLexemes.Shares.NONE;
        Query query = em.createNativeQuery(rankedSql(criteria, filter));
        query.setParameter("tsq", criteria.query().tsquery());
        query.setParameter("match", criteria.query().withoutPositions());
        query.setParameter("words", criteria.query().words());
        query.setParameter("scanShare", commonLexemes.minShare());
        query.setParameter("commonLexemes", common.lexemes());
        query.setParameter("commonShares", common.shares());
        bindPage(query, criteria);
        filter.bind(query);
        return read(query.getResultList());
    }

    private String rankedSql(SearchCriteria criteria, Filter filter) {
        String phrase = criteria.query().hasPhrase() ? " and i.search_vector @@ q.query" : "";
        return RANKED.formatted(
                CANDIDATES.formatted(BY_INDEX, filter.and(), phrase, candidateCap + 1),
                CANDIDATES.formatted(BY_SCAN, filter.and(), phrase, candidateCap + 1),
                candidateCap,
                order(criteria.sort(), "r.rank desc", "r", "r.city_name"),
                HIT_FIELDS.formatted("p"),
                FACETS);
    }

    /** Listing without text: the page follows an index order; total and facets cover the first matches. */
    private SearchResult listed(SearchCriteria criteria) {
        Filter filter = Filter.of(criteria, "i", "ci.slug", "ci.country");
        Query page = em.createNativeQuery(listedSql(criteria, filter));
        bindPage(page, criteria);
        filter.bind(page);
        List<Hit> hits = read(page.getResultList()).hits();
        Filter cardFilter = Filter.of(criteria, "c", "c.city_slug", "c.country");
        Query facets = em.createNativeQuery(listedFacetsSql(cardFilter));
        cardFilter.bind(facets);
        SearchResult counted = read(facets.getResultList());
        return new SearchResult(hits, counted.total(), counted.totalExact(), counted.facets());
    }

    private static String listedSql(SearchCriteria criteria, Filter filter) {
        return LISTED.formatted(filter.and(), order(criteria.sort(), "lower(i.title)", "i", "ci.name"), HIT_FIELDS.formatted("r"));
    }

    private String listedFacetsSql(Filter filter) {
        return LISTED_FACETS.formatted(filter.and(), candidateCap + 1, candidateCap, FACETS);
    }

    /**
     * Rows of (kind, order, number, text): hits carry their JSON, "query" the tsquery as PostgreSQL
     * normalized it (for the highlights), "total" its count, facets their value.
     */
    private SearchResult read(List<?> rows) {
        List<Object[]> hitRows = new ArrayList<>();
        List<FacetCount> facets = new ArrayList<>();
        long matched = 0;
        Highlighter highlighter = null;
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            String kind = (String) cells[0];
            switch (kind) {
                case "hit" -> hitRows.add(cells);
                case "query" -> highlighter = new Highlighter((String) cells[3]);
                case "total" -> matched = ((Number) cells[2]).longValue();
                default -> facets.add(new FacetCount(kind, (String) cells[3], ((Number) cells[2]).longValue()));
            }
        }
        hitRows.sort(Comparator.comparingLong(cells -> ((Number) cells[1]).longValue()));
        List<Hit> hits = new ArrayList<>(hitRows.size());
        for (Object[] cells : hitRows) {
            hits.add(parse((String) cells[3]).hit(highlighter));
        }
        return new SearchResult(hits, Math.min(matched, candidateCap), matched <= candidateCap, facets);
    }

    /** A result row as the statement gives it; a text search adds its rank and the text highlights are cut from. */
    private record Row(UUID id, String slug, String title, UUID cityId, String citySlug, String cityName, String country,
            String cycle, String innovationType, List<String> themes, List<Integer> sdgs, OffsetDateTime publishedAt,
            Double rank, String summary, JsonNode sections) {

        Hit hit(Highlighter highlighter) {
            String titleHighlight = highlighter == null ? null : highlighter.all(title);
            String textHighlight = highlighter == null ? null : highlighter.snippet(description());
            return new Hit(id, slug, title, cityId, citySlug, cityName, country, cycle, innovationType, themes, sdgs,
                    publishedAt, rank, titleHighlight, textHighlight);
        }

        /** The summary, then the sections. */
        private String description() {
            StringBuilder text = new StringBuilder(summary == null ? "" : summary);
            if (sections != null) {
                sections.forEach(section -> text.append(' ').append(section.isTextual() ? section.asText() : section.toString()));
            }
            return text.toString();
        }
    }

    private Row parse(String json) {
        try {
            return mapper.readValue(json, Row.class);
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

    /** The conditions of the filters on rows aliased {@code row}, with named parameters :f1, :f2, ... */
    private record Filter(String and, List<Object> values) {

        static Filter of(SearchCriteria criteria, String row, String citySlug, String country) {
            StringBuilder and = new StringBuilder();
            List<Object> values = new ArrayList<>();
            if (criteria.city() != null) {
                values.add(criteria.city());
                and.append(" and (").append(citySlug).append(" = :f").append(values.size())
                        .append(" or cast(").append(row).append(".city_id as text) = :f").append(values.size()).append(")");
            }
            if (criteria.country() != null) {
                values.add(criteria.country());
                and.append(" and lower(").append(country).append(") = lower(:f").append(values.size()).append(")");
            }
            if (criteria.theme() != null) {
                values.add(criteria.theme());
                and.append(" and ").append(row).append(".themes @> array[cast(:f").append(values.size()).append(" as text)]");
            }
            if (criteria.sdg() != null) {
                values.add(criteria.sdg());
                and.append(" and ").append(row).append(".sdgs @> array[cast(:f").append(values.size()).append(" as integer)]");
            }
            if (criteria.innovationType() != null) {
                values.add(criteria.innovationType());
                and.append(" and ").append(row).append(".innovation_type = :f").append(values.size());
            }
            if (criteria.cycle() != null) {
                values.add(criteria.cycle());
                and.append(" and ").append(row).append(".cycle_code = :f").append(values.size());
            }
            return new Filter(and.toString(), values);
        }

        void bind(Query query) {
            for (int i = 0; i < values.size(); i++) {
                query.setParameter("f" + (i + 1), values.get(i));
            }
        }
    }
}

package org.urbaninnovation.catalog.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.urbaninnovation.catalog.domain.SearchCriteria;
import org.urbaninnovation.catalog.domain.SearchQuery;
import org.urbaninnovation.catalog.domain.Taxonomy;
import org.urbaninnovation.commons.paging.PageParams;

/** The query parameters of a catalogue search; each is checked before anything runs. */
public class SearchParams {

    @QueryParam("q")
    @Size(max = SearchQuery.MAX_LENGTH, message = "must be at most " + SearchQuery.MAX_LENGTH + " characters")
    String q;

    @QueryParam("city")
    @Size(max = 100)
    String city;

    @QueryParam("country")
    @Size(max = 100)
    String country;

    @QueryParam("theme")
    @Pattern(regexp = Taxonomy.THEME_PATTERN, message = "must be one of social_cultural, economic, environmental, governance, technology")
    String theme;

    @QueryParam("sdg")
    @Pattern(regexp = "^([1-9]|1[0-7])$", message = "must be an SDG number from 1 to 17")
    String sdg;

    @QueryParam("innovationType")
    @Pattern(regexp = Taxonomy.INNOVATION_TYPE_PATTERN,
            message = "must be one of evolutionary, revolutionary, incremental, evolutionary_and_revolutionary")
    String innovationType;

    @QueryParam("cycle")
    @Size(max = 50)
    String cycle;

    @QueryParam("sort")
    @DefaultValue("relevance")
    @Pattern(regexp = "^(relevance|title|-title|city|-city|publishedAt|-publishedAt)$",
            message = "must be one of relevance, title, -title, city, -city, publishedAt, -publishedAt")
    String sort;

    SearchCriteria toCriteria(PageParams paging) {
        SearchQuery query = q == null || q.isBlank() ? null : SearchQuery.parse(q);
        return new SearchCriteria(query, blankToNull(city), blankToNull(country), theme,
                sdg == null ? null : Integer.valueOf(sdg), innovationType, blankToNull(cycle),
                SearchCriteria.Sort.fromParameter(sort).orElseThrow(), paging.page(), paging.size());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

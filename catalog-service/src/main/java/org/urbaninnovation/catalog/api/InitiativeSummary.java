package org.urbaninnovation.catalog.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.urbaninnovation.catalog.domain.Initiative;
import org.urbaninnovation.catalog.domain.SearchResult;
import org.urbaninnovation.commons.http.Columns;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An initiative as a list shows it. In a text search it also carries its rank and highlighted
 * snippets: the text is HTML-escaped and matches are wrapped in {@code <mark>}. Absent values are
 * left out rather than sent as null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InitiativeSummary(UUID id, String slug, String title, CityRef city, String cycle,
        String innovationType, List<String> themes, List<Integer> sdgs, OffsetDateTime publishedAt,
        Double rank, Highlights highlights) {

    public record Highlights(String title, String text) {
    }

    static InitiativeSummary of(Initiative i) {
        return new InitiativeSummary(i.id, i.slug, i.title, CityRef.of(i.city), i.cycleCode, i.innovationType,
                List.of(i.themes), List.of(i.sdgs), i.publishedAt, null, null);
    }

    static InitiativeSummary of(SearchResult.Hit hit) {
        return new InitiativeSummary(hit.id(), hit.slug(), hit.title(),
                new CityRef(hit.cityId(), hit.citySlug(), hit.cityName(), hit.country()), hit.cycle(),
                hit.innovationType(), hit.themes(), hit.sdgs(), hit.publishedAt(), hit.rank(),
                hit.titleHighlight() == null ? null : new Highlights(hit.titleHighlight(), hit.textHighlight()));
    }

    static final Columns<InitiativeSummary> COLUMNS = new Columns<>(List.of("id", "slug", "title", "city", "country",
            "cycle", "innovationType", "themes", "sdgs", "publishedAt"),
            s -> Arrays.asList(s.id, s.slug, s.title, s.city.name(), s.city.country(), s.cycle, s.innovationType,
                    s.themes, s.sdgs, s.publishedAt));
}

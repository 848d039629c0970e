package org.urbaninnovation.catalog.domain;

import java.util.Optional;

/**
 * A catalogue search: optional text, filters that combine with AND, an order, and a page. Filter
 * values are already validated by the API.
 */
public record SearchCriteria(SearchQuery query, String city, String country, String theme, Integer sdg,
        String innovationType, String cycle, Sort sort, int page, int size) {

    public enum Sort {
        RELEVANCE("relevance"), TITLE("title"), TITLE_DESC("-title"), CITY("city"), CITY_DESC("-city"),
        PUBLISHED_AT("publishedAt"), PUBLISHED_AT_DESC("-publishedAt");

        private final String parameter;

        Sort(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        public static Optional<Sort> fromParameter(String value) {
            for (Sort sort : values()) {
                if (sort.parameter.equals(value)) {
                    return Optional.of(sort);
                }
            }
            return Optional.empty();
        }
    }

    public boolean hasText() {
        return query != null && !query.isEmpty();
    }

    /** Text that contained nothing searchable (punctuation only): no initiative can match it. */
    public boolean searchesNothing() {
        return query != null && query.isEmpty();
    }
}

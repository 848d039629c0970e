package org.urbaninnovation.commons.paging;

import java.util.List;

import org.urbaninnovation.commons.http.Columns;
import org.urbaninnovation.commons.http.Tabular;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The list envelope of every collection endpoint. With {@link Columns} it is also a table, so the
 * same answer renders as CSV; the columns are not part of the JSON.
 */
public record Page<T>(List<T> items, int page, int size, long total, @JsonIgnore Columns<T> columns)
        implements Paged, Tabular {

    /**
     * The total, counted only when the page cannot tell it: a short page that is not past the end
     * of the list is its end, so the total is everything before it plus what it holds.
     */
    public static long total(PageParams params, int returned, java.util.function.LongSupplier count) {
        return returned < params.size() && (params.page() == 0 || returned > 0)
                ? (long) params.page() * params.size() + returned
                : count.getAsLong();
    }

    public static <T> Page<T> of(List<T> items, PageParams params, long total) {
        return new Page<>(List.copyOf(items), params.page(), params.size(), total, null);
    }

    /** The same page, renderable as CSV with these columns. */
    public Page<T> withColumns(Columns<T> csv) {
        return new Page<>(items, page, size, total, csv);
    }

    @Override
    public List<String> csvHeader() {
        return requireColumns().header();
    }

    @Override
    public List<? extends List<?>> csvRows() {
        return requireColumns().rows(items);
    }

    private Columns<T> requireColumns() {
        if (columns == null) {
            throw new IllegalStateException("This page has no CSV columns; build it with withColumns(...)");
        }
        return columns;
    }
}

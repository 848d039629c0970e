package org.urbaninnovation.commons.paging;

import java.util.List;

/** The list envelope of every collection endpoint. */
public record Page<T>(List<T> items, int page, int size, long total) implements Paged {

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
        return new Page<>(List.copyOf(items), params.page(), params.size(), total);
    }
}

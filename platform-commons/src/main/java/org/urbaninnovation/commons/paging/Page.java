package org.urbaninnovation.commons.paging;

import java.util.List;

/** The list envelope of every collection endpoint. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <T> Page<T> of(List<T> items, PageParams params, long total) {
        return new Page<>(List.copyOf(items), params.page(), params.size(), total);
    }
}

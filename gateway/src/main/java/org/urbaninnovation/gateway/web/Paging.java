package org.urbaninnovation.gateway.web;

/** Where a page of a list is, from the API's envelope ({@code page}, {@code size}, {@code total}), with its links. */
public record Paging(int page, long pages, String previous, String next) {

    public static Paging of(QueryLinks query, int page, int size, long total) {
        long pages = size <= 0 ? 1 : Math.max(1, (total + size - 1) / size);
        return new Paging(page + 1, pages, page > 0 ? query.atPage(page - 1) : null,
                page + 1 < pages ? query.atPage(page + 1) : null);
    }
}

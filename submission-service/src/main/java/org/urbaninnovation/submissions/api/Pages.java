package org.urbaninnovation.submissions.api;

import java.util.function.Function;

import org.urbaninnovation.commons.paging.Page;
import org.urbaninnovation.commons.paging.PageParams;
import org.urbaninnovation.submissions.domain.common.PageRequest;
import org.urbaninnovation.submissions.domain.common.Slice;

/** Between the HTTP list envelope and the domain's slices. */
final class Pages {

    private Pages() {
    }

    static PageRequest request(PageParams params) {
        return new PageRequest(params.page(), params.size());
    }

    static <T, R> Page<R> of(Slice<T> slice, PageParams params, Function<T, R> view) {
        return Page.of(slice.items().stream().map(view).toList(), params, slice.total());
    }
}

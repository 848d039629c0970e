package org.urbaninnovation.commons.paging;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

/**
 * Where a page sits in its list, as headers: {@code X-Total-Count} and RFC 8288 {@code Link}
 * (next, prev), with the request's other parameters kept. For answers without an envelope (CSV),
 * so that a spreadsheet or Power BI can still page through a list.
 */
public final class PageLinks {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private PageLinks() {
    }

    public static void add(MultivaluedMap<String, Object> headers, UriInfo uri, Paged page) {
        headers.putSingle(TOTAL_COUNT, page.total());
        List<String> links = new ArrayList<>();
        long pages = (page.total() + page.size() - 1) / page.size();
        if (page.page() + 1 < pages && page.page() < PageParams.MAX_PAGE) {
            links.add(link(uri, page.page() + 1, "next"));
        }
        if (page.page() > 0 && pages > 0) {
            links.add(link(uri, (int) Math.min(page.page() - 1, pages - 1), "prev"));
        }
        if (!links.isEmpty()) {
            headers.putSingle(HttpHeaders.LINK, String.join(", ", links));
        }
    }

    private static String link(UriInfo uri, int page, String rel) {
        return "<" + uri.getRequestUriBuilder().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
    }
}

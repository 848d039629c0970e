package org.urbaninnovation.gateway.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * A page's query parameters, limited to the names the API takes, and the links made from them: the
 * same search with one filter more or less, another page, the API's own URL (for the CSV link).
 * Values are passed to the API as they came; the API validates them.
 */
public final class QueryLinks {

    private final String path;
    private final List<String> filterNames;
    private final Map<String, String> values;

    public QueryLinks(String path, List<String> names, List<String> filterNames, MultivaluedMap<String, String> query) {
        this.path = path;
        this.filterNames = filterNames;
        this.values = new LinkedHashMap<>();
        for (String name : names) {
            String value = query.getFirst(name);
            if (value != null && !value.isBlank()) {
                values.put(name, value);
            }
        }
    }

    private QueryLinks(String path, List<String> filterNames, Map<String, String> values) {
        this.path = path;
        this.filterNames = filterNames;
        this.values = values;
    }

    public String get(String name) {
        return values.get(name);
    }

    public String getQ() {
        return values.get("q");
    }

    public String getSort() {
        return values.getOrDefault("sort", "relevance");
    }

    public int page() {
        try {
            return Math.max(0, Integer.parseInt(values.getOrDefault("page", "0")));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public boolean isHasFilters() {
        return filterNames.stream().anyMatch(values::containsKey);
    }

    /** The filters as hidden fields of the search form: new words keep the filters chosen. */
    public List<Map.Entry<String, String>> getHiddenFilters() {
        return values.entrySet().stream().filter(e -> filterNames.contains(e.getKey())).toList();
    }

    /** Everything but the sort and the page, as hidden fields of the sort form. */
    public List<Map.Entry<String, String>> getHiddenAll() {
        return values.entrySet().stream().filter(e -> !e.getKey().equals("sort") && !e.getKey().equals("page")).toList();
    }

    public String getWithoutFilters() {
        Map<String, String> kept = new LinkedHashMap<>(values);
        filterNames.forEach(kept::remove);
        kept.remove("page");
        return new QueryLinks(path, filterNames, kept).href();
    }

    /** The same query with {@code name} set to {@code value}, or without it when it already has that value; first page. */
    public String toggle(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        if (value.equals(changed.get(name))) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        changed.remove("page");
        return new QueryLinks(path, filterNames, changed).href();
    }

    public boolean active(String name, String value) {
        return value.equals(values.get(name));
    }

    public String atPage(int page) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        if (page == 0) {
            changed.remove("page");
        } else {
            changed.put("page", Integer.toString(page));
        }
        return new QueryLinks(path, filterNames, changed).href();
    }

    public String href() {
        return values.isEmpty() ? path : path + "?" + encoded();
    }

    /** The query string for the API (the same names and values). */
    public String encoded() {
        return values.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

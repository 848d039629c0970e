package org.urbaninnovation.commons.http;

import java.util.List;
import java.util.function.Function;

/** The CSV columns of a list's items: the header, and the cells of one item in that order. */
public record Columns<T>(List<String> header, Function<T, List<?>> cells) {

    public Columns {
        header = List.copyOf(header);
    }

    public List<List<?>> rows(List<T> items) {
        return items.stream().<List<?>>map(cells).toList();
    }
}

package org.urbaninnovation.submissions.domain.common;

import java.util.List;
import java.util.function.Function;

/** A page of a list and the size of the whole list. */
public record Slice<T>(List<T> items, long total) {

    public Slice {
        items = List.copyOf(items);
    }

    public <R> Slice<R> map(Function<T, R> mapping) {
        return new Slice<>(items.stream().map(mapping).toList(), total);
    }
}

package org.urbaninnovation.commons.http;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A representation that is also a table: {@link CsvWriter} renders it as CSV (one header row, a
 * row per item) when {@link Format#negotiate} chose {@code text/csv}; as JSON it is itself.
 */
public interface Tabular {

    @JsonIgnore
    List<String> csvHeader();

    @JsonIgnore
    List<? extends List<?>> csvRows();
}

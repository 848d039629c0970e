package org.urbaninnovation.catalog.api;

import java.util.ArrayList;
import java.util.List;

import org.urbaninnovation.commons.http.Columns;
import org.urbaninnovation.commons.http.Tabular;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Every initiative, withdrawn ones included: as JSON the list of their details, as CSV a row each,
 * with the columns of a search result and the status.
 */
public record InitiativeExport(List<InitiativeDetail> initiatives) implements Tabular {

    private static final Columns<InitiativeDetail> COLUMNS = new Columns<>(
            withStatus(InitiativeSummary.COLUMNS.header(), "status"),
            detail -> withStatus(InitiativeSummary.COLUMNS.cells().apply(detail.asSummary()), detail.status()));

    @JsonValue
    @Override
    public List<InitiativeDetail> initiatives() {
        return initiatives;
    }

    @Override
    public List<String> csvHeader() {
        return COLUMNS.header();
    }

    @Override
    public List<? extends List<?>> csvRows() {
        return COLUMNS.rows(initiatives);
    }

    private static <T> List<T> withStatus(List<? extends T> cells, T status) {
        List<T> row = new ArrayList<>(cells);
        row.add(status);
        return row;
    }
}

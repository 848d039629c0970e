package org.urbaninnovation.metrics.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.urbaninnovation.metrics.domain.CatalogInitiative;
import org.urbaninnovation.metrics.domain.ObservationFilter;

/**
 * A hand-written statement: SQL text with named parameters ({@code :name}; {@code ::type} stays a
 * cast) and the values bound to them. Filters only ever add a fixed condition and a parameter,
 * never client text into the SQL. The statement runs on the transaction's connection.
 */
final class Sql {

    /** A value bound as a PostgreSQL array of {@code type} (text, uuid). */
    record Array(String type, Object[] values) {
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final StringBuilder text = new StringBuilder();
    private final Map<String, Object> values = new HashMap<>();

    Sql(String text) {
        this.text.append(text);
    }

    Sql append(String fragment) {
        text.append(fragment);
        return this;
    }

    Sql bind(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /**
     * The filter's conditions, each starting with " and ": {@code o} is the observation (or rollup)
     * alias, {@code ci} the projected initiative (left-joined by every statement);
     * {@code yearOrNull} filters aggregates by whole years (the rollup's grain) on that year
     * expression, null filters by period overlap.
     */
    Sql where(ObservationFilter f, String o, String yearOrNull) {
        // CatalogInitiative.inPublicReads(): a withdrawn initiative's figures leave public reads.
        append(" and ci.status is distinct from '" + CatalogInitiative.WITHDRAWN + "'");
        condition(f.initiative() != null, " and " + o + ".initiative_id = :initiative", "initiative", f.initiative());
        condition(f.indicator() != null, " and " + o + ".indicator_code = :indicator", "indicator", f.indicator());
        condition(f.phase() != null, " and " + o + ".phase = :phase", "phase", f.phase() == null ? null : f.phase().wire());
        condition(f.cityId() != null, " and ci.city_id = :cityId", "cityId", f.cityId());
        condition(f.citySlug() != null, " and ci.city_slug = :citySlug", "citySlug", f.citySlug());
        condition(f.country() != null, " and lower(ci.country) = lower(:country)", "country", f.country());
        condition(f.theme() != null, " and :theme = any(ci.themes)", "theme", f.theme());
        condition(f.sdg() != null, " and :sdg = any(ci.sdgs)", "sdg", f.sdg());
        if (yearOrNull != null) {
            condition(f.from() != null, " and " + yearOrNull + " >= :fromYear", "fromYear",
                    f.from() == null ? null : f.from().start().getYear());
            condition(f.to() != null, " and " + yearOrNull + " <= :toYear", "toYear",
                    f.to() == null ? null : f.to().end().minusDays(1).getYear());
        } else {
            condition(f.from() != null, " and " + o + ".period_end > :from", "from", f.from() == null ? null : f.from().start());
            condition(f.to() != null, " and " + o + ".period_start < :to", "to", f.to() == null ? null : f.to().end());
            condition(f.updatedAfter() != null, " and " + o + ".updated_at > :updatedAfter", "updatedAfter", f.updatedAfter());
        }
        return this;
    }

    private void condition(boolean applies, String condition, String name, Object value) {
        if (applies) {
            append(condition).bind(name, value);
        }
    }

    <T> List<T> list(DataSource dataSource, Row<T> row) {
        List<T> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(row.read(rs));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + this, e);
        }
        return rows;
    }

    /** The first column of the first row. */
    <T> T single(DataSource dataSource, Class<T> type) {
        return list(dataSource, rs -> rs.getObject(1, type)).get(0);
    }

    /** Runs a statement whose answer is not read (a write, a lock). */
    void execute(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c)) {
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + this, e);
        }
    }

    /** The plan PostgreSQL chose and what running it cost, as text lines. */
    List<String> explain(DataSource dataSource) {
        Sql explain = new Sql("explain (analyze, buffers) " + text);
        explain.values.putAll(values);
        return explain.list(dataSource, rs -> rs.getString(1));
    }

    private PreparedStatement prepare(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        PreparedStatement s = c.prepareStatement(positional(text, names));
        for (int i = 0; i < names.size(); i++) {
            if (!values.containsKey(names.get(i))) {
                throw new IllegalStateException("No value for :" + names.get(i) + " in " + this);
            }
            Object value = values.get(names.get(i));
            if (value == null) {
                // The type is the column's or the expression's, as PostgreSQL infers it.
                s.setNull(i + 1, Types.OTHER);
            } else if (value instanceof LocalDate day) {
                s.setDate(i + 1, Date.valueOf(day));
            } else if (value instanceof Array array) {
                s.setArray(i + 1, c.createArrayOf(array.type(), array.values()));
            } else {
                s.setObject(i + 1, value);
            }
        }
        return s;
    }

    /** The text with each {@code :name} replaced by {@code ?}, outside quotes and casts; the names in order. */
    private static String positional(CharSequence sql, List<String> names) {
        StringBuilder out = new StringBuilder(sql.length());
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '\'') {
                quoted = !quoted;
            } else if (!quoted && ch == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                out.append("::");
                i++;
                continue;
            } else if (!quoted && ch == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                names.add(sql.subSequence(i + 1, end).toString());
                out.append('?');
                i = end - 1;
                continue;
            }
            out.append(ch);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

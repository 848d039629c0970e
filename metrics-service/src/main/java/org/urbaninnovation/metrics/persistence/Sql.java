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
 * never client text into the SQL. Within a transaction, every statement runs on its connection.
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
        if (f.initiative() != null) {
            append(" and " + o + ".initiative_id = :initiative").bind("initiative", f.initiative());
        }
        if (f.indicator() != null) {
            append(" and " + o + ".indicator_code = :indicator").bind("indicator", f.indicator());
        }
        if (f.phase() != null) {
            append(" and " + o + ".phase = :phase").bind("phase", f.phase().wire());
        }
        if (f.cityId() != null) {
            append(" and ci.city_id = :cityId").bind("cityId", f.cityId());
        }
        if (f.citySlug() != null) {
            append(" and ci.city_slug = :citySlug").bind("citySlug", f.citySlug());
        }
        if (f.country() != null) {
            append(" and lower(ci.country) = lower(:country)").bind("country", f.country());
        }
        if (f.theme() != null) {
            append(" and :theme = any(ci.themes)").bind("theme", f.theme());
        }
        if (f.sdg() != null) {
            append(" and :sdg = any(ci.sdgs)").bind("sdg", f.sdg());
        }
        if (yearOrNull != null) {
            if (f.from() != null) {
                append(" and " + yearOrNull + " >= :fromYear").bind("fromYear", f.from().start().getYear());
            }
            if (f.to() != null) {
                append(" and " + yearOrNull + " <= :toYear").bind("toYear", f.to().end().minusDays(1).getYear());
            }
        } else {
            if (f.from() != null) {
                append(" and " + o + ".period_end > :from").bind("from", f.from().start());
            }
            if (f.to() != null) {
                append(" and " + o + ".period_start < :to").bind("to", f.to().end());
            }
            if (f.updatedAfter() != null) {
                append(" and " + o + ".updated_at > :updatedAfter").bind("updatedAfter", f.updatedAfter());
            }
        }
        return this;
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

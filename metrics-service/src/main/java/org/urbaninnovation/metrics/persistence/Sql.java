package org.urbaninnovation.metrics.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.urbaninnovation.metrics.domain.ObservationFilter;

/**
 * A statement assembled from fixed fragments with every value bound as a parameter: filters only
 * ever add a fixed condition and a parameter, never client text into the SQL.
 */
final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    Sql append(String fragment, Object... values) {
        text.append(fragment);
        params.addAll(List.of(values));
        return this;
    }

    /**
     * The filter's conditions, each starting with " and ": {@code o} is the observation (or
     * rollup) alias, {@code ci} the projected initiative (left-joined by every statement);
     * {@code yearOrNull} filters aggregates by whole years (the rollup's grain) on that year
     * expression, null filters by period overlap.
     */
    Sql where(ObservationFilter f, String o, String yearOrNull) {
        boolean yearsOnly = yearOrNull != null;
        // Withdrawn from the catalogue, withdrawn from public figures; an initiative whose event has
        // not arrived yet (no projection row) is shown.
        append(" and ci.status is distinct from 'withdrawn'");
        if (f.initiative() != null) {
            append(" and " + o + ".initiative_id = ?", f.initiative());
        }
        if (f.indicator() != null) {
            append(" and " + o + ".indicator_code = ?", f.indicator());
        }
        if (f.phase() != null) {
            append(" and " + o + ".phase = ?", f.phase().wire());
        }
        if (f.cityId() != null) {
            append(" and ci.city_id = ?", f.cityId());
        }
        if (f.citySlug() != null) {
            append(" and ci.city_slug = ?", f.citySlug());
        }
        if (f.country() != null) {
            append(" and lower(ci.country) = lower(?)", f.country());
        }
        if (f.theme() != null) {
            append(" and ? = any(ci.themes)", f.theme());
        }
        if (f.sdg() != null) {
            append(" and ? = any(ci.sdgs)", f.sdg());
        }
        if (yearsOnly) {
            if (f.from() != null) {
                append(" and " + yearOrNull + " >= ?", f.from().start().getYear());
            }
            if (f.to() != null) {
                append(" and " + yearOrNull + " <= ?", f.to().end().minusDays(1).getYear());
            }
        } else {
            if (f.from() != null) {
                append(" and " + o + ".period_end > ?", f.from().start());
            }
            if (f.to() != null) {
                append(" and " + o + ".period_start < ?", f.to().end());
            }
            if (f.updatedAfter() != null) {
                append(" and " + o + ".updated_at > ?", f.updatedAfter());
            }
        }
        return this;
    }

    /** The plan PostgreSQL chose and what running it cost, as text lines. */
    List<String> explain(DataSource dataSource) {
        Sql explain = new Sql().append("explain (analyze, buffers) ").append(text.toString(), params.toArray());
        List<String> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = explain.prepare(c);
                java.sql.ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot explain a statement", e);
        }
        return lines;
    }

    PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement s = c.prepareStatement(text.toString());
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof LocalDate d) {
                s.setDate(i + 1, Date.valueOf(d));
            } else if (p instanceof OffsetDateTime t) {
                s.setObject(i + 1, t);
            } else if (p instanceof UUID || p instanceof Integer || p instanceof Long || p instanceof Boolean) {
                s.setObject(i + 1, p);
            } else {
                s.setString(i + 1, (String) p);
            }
        }
        return s;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

package org.urbaninnovation.metrics.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.metrics.domain.Indicator;
import org.urbaninnovation.metrics.domain.ObservationFilter;
import org.urbaninnovation.metrics.domain.ObservationRecord;
import org.urbaninnovation.metrics.domain.Outcome;

/** Reads of observations: filtered lists, chart series and baseline → result pairs. */
@ApplicationScoped
public class ObservationQueries {

    private static final String COLUMNS = """
            select o.id, o.initiative_id, ci.title, ci.city_name, ci.country, o.indicator_code, o.phase, o.period,
                   o.period_start, o.scope, o.value, o.qualifier, o.low, o.high, o.unit, o.normalized_value, i.unit,
                   o.source_document, o.source_quote, o.note, o.version, o.updated_at
              from observation o
              join indicator i on i.code = o.indicator_code
              left join catalog_initiative ci on ci.id = o.initiative_id
             where true""";

    private final DataSource dataSource;

    public ObservationQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<ObservationRecord> page(ObservationFilter filter, int page, int size) {
        return read(pageStatement(filter, page, size));
    }

    public List<String> explainPage(ObservationFilter filter, int page, int size) {
        return pageStatement(filter, page, size).explain(dataSource);
    }

    private static Sql pageStatement(ObservationFilter filter, int page, int size) {
        return new Sql().append(COLUMNS).where(filter, "o", null)
                .append(" order by o.initiative_id, o.indicator_code, o.phase, o.period_start nulls first, o.scope")
                .append(" limit ? offset ?", size, page * size);
    }

    public long count(ObservationFilter filter) {
        Sql sql = new Sql().append("select count(*) from observation o")
                .append(" left join catalog_initiative ci on ci.id = o.initiative_id where true").where(filter, "o", null);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = sql.prepare(c);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count observations", e);
        }
    }

    /** Observations of one indicator in chart order; at most {@code limit} rows. */
    public List<ObservationRecord> series(ObservationFilter filter, int limit) {
        return read(seriesStatement(filter, limit));
    }

    public List<String> explainSeries(ObservationFilter filter, int limit) {
        return seriesStatement(filter, limit).explain(dataSource);
    }

    private static Sql seriesStatement(ObservationFilter filter, int limit) {
        return new Sql().append(COLUMNS).append(" and o.period_start is not null").where(filter, "o", null)
                .append(" order by ci.city_name, o.initiative_id, o.phase, o.scope, o.period_start, o.period_end")
                .append(" limit ?", limit);
    }

    /**
     * For each initiative, indicator and scope with both: its earliest baseline and its latest
     * result (a figure without a period counts as the earliest baseline and the latest result), the
     * result not before the baseline. Time filters select the result; its baseline may be older.
     */
    public List<Outcome> outcomes(ObservationFilter filter, Map<String, Indicator> indicators) {
        Sql sql = new Sql().append("""
                with b as (
                  select distinct on (o.initiative_id, o.indicator_code, o.scope) o.*
                    from observation o left join catalog_initiative ci on ci.id = o.initiative_id
                   where o.phase = 'baseline'""").where(filter.anyTime(), "o", null).append("""
                   order by o.initiative_id, o.indicator_code, o.scope, o.period_start asc nulls first, o.period_end),
                r as (
                  select distinct on (o.initiative_id, o.indicator_code, o.scope) o.*
                    from observation o left join catalog_initiative ci on ci.id = o.initiative_id
                   where o.phase = 'result'""").where(filter, "o", null).append("""
                   order by o.initiative_id, o.indicator_code, o.scope, o.period_start desc nulls first, o.period_end desc)
                select b.initiative_id, ci.title, ci.city_name, ci.country, b.indicator_code, b.scope,
                       b.period, b.value, b.qualifier, b.low, b.high, b.unit, b.normalized_value, b.source_quote,
                       r.period, r.value, r.qualifier, r.low, r.high, r.unit, r.normalized_value, r.source_quote
                  from b join r on r.initiative_id = b.initiative_id and r.indicator_code = b.indicator_code
                               and r.scope = b.scope
                               and (b.period_start is null or r.period_start is null or r.period_start >= b.period_start)
                  left join catalog_initiative ci on ci.id = b.initiative_id
                 order by ci.city_name, b.initiative_id, b.indicator_code, b.scope""");
        List<Outcome> outcomes = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = sql.prepare(c);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                outcomes.add(Outcome.of(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        indicators.get(rs.getString(5)), rs.getString(6), figure(rs, 7), figure(rs, 15)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read outcomes", e);
        }
        return outcomes;
    }

    private static Outcome.Figure figure(ResultSet rs, int at) throws SQLException {
        return new Outcome.Figure(rs.getString(at), rs.getBigDecimal(at + 1), rs.getString(at + 2),
                rs.getBigDecimal(at + 3), rs.getBigDecimal(at + 4), rs.getString(at + 5), rs.getBigDecimal(at + 6),
                rs.getString(at + 7));
    }

    private List<ObservationRecord> read(Sql sql) {
        List<ObservationRecord> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = sql.prepare(c);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new ObservationRecord(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getObject(9, LocalDate.class), rs.getString(10), rs.getBigDecimal(11),
                        rs.getString(12), rs.getBigDecimal(13), rs.getBigDecimal(14), rs.getString(15),
                        rs.getBigDecimal(16), rs.getString(17),
                        new ObservationRecord.Source(rs.getString(18), rs.getString(19)), rs.getString(20),
                        rs.getLong(21), rs.getObject(22, OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read observations", e);
        }
        return rows;
    }
}

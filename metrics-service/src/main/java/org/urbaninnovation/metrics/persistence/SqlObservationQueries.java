package org.urbaninnovation.metrics.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.metrics.domain.ObservationFilter;
import org.urbaninnovation.metrics.domain.ObservationQueries;
import org.urbaninnovation.metrics.domain.ObservationRecord;
import org.urbaninnovation.metrics.domain.Outcome;

/**
 * Reads of observations in SQL: a page or a series is one range of an index of
 * {@code observation} (0.2–0.4 ms at 10M observations, README.md, "Benchmarks" → "Metrics"), and
 * outcome pairs are read from {@code outcome}, which the writing transaction maintains, never
 * searched for among the observations.
 */
@ApplicationScoped
public class SqlObservationQueries implements ObservationQueries {

    private static final String COLUMNS = """
            select o.id, o.initiative_id, ci.title, ci.city_id, ci.city_name, ci.country, o.indicator_code, o.phase, o.period,
                   o.period_start, o.scope, o.value, o.qualifier, o.low, o.high, o.unit, o.normalized_value, i.unit,
                   o.source_document, o.source_quote, o.note, o.version, o.updated_at
              from observation o
              join indicator i on i.code = o.indicator_code
              left join catalog_initiative ci on ci.id = o.initiative_id
             where true""";

    private static final String PAIRS = """
            select x.initiative_id, ci.title, ci.city_name, ci.country, x.indicator_code, x.scope,
                   b.period, b.value, b.qualifier, b.low, b.high, b.unit, b.normalized_value, b.source_quote,
                   r.period, r.value, r.qualifier, r.low, r.high, r.unit, r.normalized_value, r.source_quote""";

    private final DataSource dataSource;

    public SqlObservationQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<ObservationRecord> page(ObservationFilter filter, int page, int size) {
        return pageStatement(filter, page, size).list(dataSource, SqlObservationQueries::record);
    }

    static Sql pageStatement(ObservationFilter filter, int page, int size) {
        return new Sql(COLUMNS).where(filter, "o", null)
                .append(" order by o.initiative_id, o.indicator_code, o.phase, o.period_start nulls first, o.scope")
                .append(" limit :limit offset :offset").bind("limit", size).bind("offset", page * size);
    }

    @Override
    public long count(ObservationFilter filter) {
        return new Sql("""
                select count(*) from observation o
                  left join catalog_initiative ci on ci.id = o.initiative_id
                 where true""").where(filter, "o", null).single(dataSource, Long.class);
    }

    @Override
    public List<ObservationRecord> series(ObservationFilter filter, int limit) {
        return seriesStatement(filter, limit).list(dataSource, SqlObservationQueries::record);
    }

    static Sql seriesStatement(ObservationFilter filter, int limit) {
        return new Sql(COLUMNS).append(" and o.period_start is not null").where(filter, "o", null)
                .append(" order by ci.city_name, o.initiative_id, o.phase, o.scope, o.period_start, o.period_end")
                .append(" limit :limit").bind("limit", limit);
    }

    @Override
    public List<Outcome.Pair> outcomes(ObservationFilter filter, Boolean improved, int page, int size) {
        return outcomeFrom(new Sql(PAIRS), filter, improved)
                .append(" order by ci.city_name, x.initiative_id, x.indicator_code, x.scope")
                .append(" limit :limit offset :offset").bind("limit", size).bind("offset", page * size)
                .list(dataSource, rs -> new Outcome.Pair(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), figure(rs, 7), figure(rs, 15)));
    }

    @Override
    public long countOutcomes(ObservationFilter filter, Boolean improved) {
        return outcomeFrom(new Sql("select count(*)"), filter, improved).single(dataSource, Long.class);
    }

    /** Time filters select the result; the baseline may be older. */
    private static Sql outcomeFrom(Sql sql, ObservationFilter filter, Boolean improved) {
        sql.append("""
                 from outcome x
                 join observation b on b.id = x.baseline_id
                 join observation r on r.id = x.result_id
                 join indicator i on i.code = x.indicator_code
                 left join catalog_initiative ci on ci.id = x.initiative_id
                where true""").where(filter, "r", null);
        if (improved != null) {
            // The same rule as Direction.improved, so that the filter and the field never disagree.
            sql.append("""
                     and case when i.direction = 'higher_is_better' then r.normalized_value > b.normalized_value
                              when i.direction = 'lower_is_better' then r.normalized_value < b.normalized_value
                    end = :improved""").bind("improved", improved);
        }
        return sql;
    }

    private static Outcome.Figure figure(ResultSet rs, int at) throws SQLException {
        return new Outcome.Figure(rs.getString(at), rs.getBigDecimal(at + 1), rs.getString(at + 2),
                rs.getBigDecimal(at + 3), rs.getBigDecimal(at + 4), rs.getString(at + 5), rs.getBigDecimal(at + 6),
                rs.getString(at + 7));
    }

    private static ObservationRecord record(ResultSet rs) throws SQLException {
        return new ObservationRecord(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getObject(10, LocalDate.class), rs.getString(11),
                rs.getBigDecimal(12), rs.getString(13), rs.getBigDecimal(14), rs.getBigDecimal(15),
                rs.getString(16), rs.getBigDecimal(17), rs.getString(18),
                new ObservationRecord.Source(rs.getString(19), rs.getString(20)), rs.getString(21),
                rs.getLong(22), rs.getObject(23, OffsetDateTime.class));
    }
}

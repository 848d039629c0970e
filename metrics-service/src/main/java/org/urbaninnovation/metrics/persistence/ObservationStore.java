package org.urbaninnovation.metrics.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import org.urbaninnovation.metrics.domain.Period;

/**
 * Writes observations and keeps their rollup current in the same transaction, so that an
 * aggregate read right after an ingest already counts it.
 */
@ApplicationScoped
public class ObservationStore {

    /** What one upsert did to its row. */
    public enum Write { INSERTED, UPDATED, UNCHANGED }

    /** A row to write, already validated and converted. */
    public record Row(UUID initiativeId, String indicator, String phase, Period period, String scope,
            BigDecimal value, String qualifier, BigDecimal low, BigDecimal high, String unit,
            BigDecimal normalizedValue, String sourceDocument, String sourceQuote, String note) {
    }

    /** The rollup grain refreshed after a write; every year of it is recomputed. */
    public record RollupKey(String indicator, UUID initiativeId, String phase) {
    }

    private static final String INSERT = """
            insert into observation (id, initiative_id, indicator_code, phase, period, period_start, period_end, scope,
                value, qualifier, low, high, unit, normalized_value, source_document, source_quote, note)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict on constraint observation_key""";

    private static final String UPSERT = INSERT + """
             do update set
                value = excluded.value, qualifier = excluded.qualifier, low = excluded.low, high = excluded.high,
                unit = excluded.unit, normalized_value = excluded.normalized_value,
                source_document = excluded.source_document, source_quote = excluded.source_quote, note = excluded.note,
                version = observation.version + 1, updated_at = now()
            where (observation.value, observation.qualifier, observation.low, observation.high, observation.unit,
                   observation.source_document, observation.source_quote, observation.note)
                is distinct from (excluded.value, excluded.qualifier, excluded.low, excluded.high, excluded.unit,
                   excluded.source_document, excluded.source_quote, excluded.note)
            returning (xmax = 0)
            """;

    private static final String INSERT_NEW = INSERT + " do nothing returning true";

    /** The rollup rows of the observations that pass {@code %s} (a condition). */
    private static final String ROLLUP_ROWS = """
            insert into observation_rollup (indicator_code, initiative_id, phase, year, unit, observations, with_value,
                total, minimum, maximum)
            select o.indicator_code, o.initiative_id, o.phase, extract(year from o.period_start)::integer, i.unit,
                   count(*), count(o.normalized_value), sum(o.normalized_value), min(o.normalized_value),
                   max(o.normalized_value)
              from observation o join indicator i on i.code = o.indicator_code
             where %s
             group by 1, 2, 3, 4, 5
            """;

    private static final String REFRESH_ROLLUP = ROLLUP_ROWS.formatted(
            "(o.indicator_code, o.initiative_id, o.phase) in (select * from unnest(?::text[], ?::uuid[], ?::text[]))") + """
            on conflict on constraint observation_rollup_key do update set
                unit = excluded.unit, observations = excluded.observations, with_value = excluded.with_value,
                total = excluded.total, minimum = excluded.minimum, maximum = excluded.maximum
            """;

    private static final String REBUILD_ROLLUP = ROLLUP_ROWS.formatted("true");

    private static final long REBUILD_LOCK = 0x726f6c6c7570L;
    private static final long KEY_LOCKS = 0x6b6579L;
    private static final int LOCK_BUCKETS = 1024;

    private final DataSource dataSource;

    public ObservationStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts or updates the row with the same key; a row equal to the stored one is left untouched. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Write upsert(Row row) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(UPSERT)) {
            bind(s, row);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Write.UNCHANGED;
                }
                return rs.getBoolean(1) ? Write.INSERTED : Write.UPDATED;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write an observation", e);
        }
    }

    /** Inserts the row unless its key exists: the seed never overwrites what was ingested since. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insertIfAbsent(Row row) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(INSERT_NEW)) {
            bind(s, row);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write an observation", e);
        }
    }

    /**
     * Serializes writers of the same derived rows until commit. Without it two ingests touching one
     * (indicator, initiative) would each recompute its rollup and outcome pairs without the other's
     * rows, and the later commit would leave a total that misses the earlier one. Keys are hashed into a
     * fixed number of locks (a batch of 1,000 keys must not exhaust PostgreSQL's lock table), taken
     * in a fixed order so that two batches never wait on each other; all under a shared lock that
     * a full rebuild takes exclusively.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockRollup(Collection<RollupKey> keys) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement rebuild = c.prepareStatement("select pg_advisory_xact_lock_shared(?)");
                PreparedStatement buckets = c.prepareStatement("""
                        select count(pg_advisory_xact_lock(?::bigint * 10000 + b))
                          from (select distinct (hashtext(k)::bigint + 2147483648) % ? b from unnest(?::text[]) k order by 1) buckets""")) {
            rebuild.setLong(1, REBUILD_LOCK);
            rebuild.executeQuery().close();
            buckets.setLong(1, KEY_LOCKS);
            buckets.setInt(2, LOCK_BUCKETS);
            buckets.setArray(3, c.createArrayOf("text",
                    keys.stream().map(k -> k.indicator() + "|" + k.initiativeId()).distinct().toArray()));
            buckets.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot lock the rollup", e);
        }
    }

    /** Recomputes the rollup rows and the outcome pairs of the keys, from their observations. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshRollup(Collection<RollupKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(REFRESH_ROLLUP)) {
            s.setArray(1, c.createArrayOf("text", keys.stream().map(RollupKey::indicator).toArray()));
            s.setArray(2, c.createArrayOf("uuid", keys.stream().map(RollupKey::initiativeId).toArray()));
            s.setArray(3, c.createArrayOf("text", keys.stream().map(RollupKey::phase).toArray()));
            s.executeUpdate();
            try (PreparedStatement outcomes = c.prepareStatement("select refresh_outcomes(?::uuid[], ?::text[])")) {
                outcomes.setArray(1, c.createArrayOf("uuid", keys.stream().map(RollupKey::initiativeId).toArray()));
                outcomes.setArray(2, c.createArrayOf("text", keys.stream().map(RollupKey::indicator).toArray()));
                outcomes.executeQuery().close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot refresh the rollup", e);
        }
    }

    /** Recomputes the rollup and the outcome pairs, for bulk loads that bypass the ingest API (the benchmark's generator). */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public void rebuildRollup() {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("select pg_advisory_xact_lock(" + REBUILD_LOCK + ")");
            s.execute("delete from observation_rollup");
            s.execute(REBUILD_ROLLUP);
            s.execute("select refresh_outcomes(null, null)");
            // One indicator's rows side by side: a dashboard query reads a few pages, not one per row.
            s.execute("cluster observation_rollup using observation_rollup_key");
            // Without fresh statistics the planner takes the rebuilt table for empty and loops over it.
            s.execute("analyze observation_rollup");
            s.execute("analyze outcome");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot rebuild the rollup", e);
        }
    }

    private static void bind(PreparedStatement s, Row row) throws SQLException {
        s.setObject(1, UUID.randomUUID());
        s.setObject(2, row.initiativeId());
        s.setString(3, row.indicator());
        s.setString(4, row.phase());
        if (row.period() == null) {
            s.setNull(5, Types.VARCHAR);
            s.setNull(6, Types.DATE);
            s.setNull(7, Types.DATE);
        } else {
            s.setString(5, row.period().text());
            s.setDate(6, Date.valueOf(row.period().start()));
            s.setDate(7, Date.valueOf(row.period().end()));
        }
        s.setString(8, row.scope());
        s.setBigDecimal(9, row.value());
        s.setString(10, row.qualifier());
        s.setBigDecimal(11, row.low());
        s.setBigDecimal(12, row.high());
        s.setString(13, row.unit());
        s.setBigDecimal(14, row.normalizedValue());
        s.setString(15, row.sourceDocument());
        s.setString(16, row.sourceQuote());
        s.setString(17, row.note());
    }
}

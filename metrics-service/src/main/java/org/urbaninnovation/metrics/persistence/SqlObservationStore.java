package org.urbaninnovation.metrics.persistence;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import org.urbaninnovation.metrics.domain.Observation;
import org.urbaninnovation.metrics.domain.ObservationStore;
import org.urbaninnovation.metrics.domain.Recorded;

/**
 * Writes observations and keeps their rollup and outcome pairs current in the same transaction,
 * so that an aggregate read right after an ingest already counts it.
 */
@ApplicationScoped
public class SqlObservationStore implements ObservationStore {

    /** The rollup grain refreshed after a write; every year of it is recomputed. */
    private record RollupKey(String indicator, UUID initiativeId, String phase) {
    }

    private static final String INSERT = """
            insert into observation (id, initiative_id, indicator_code, phase, period, period_start, period_end, scope,
                value, qualifier, low, high, unit, normalized_value, source_document, source_quote, note)
            values (:id, :initiativeId, :indicator, :phase, :period, :periodStart, :periodEnd, :scope,
                :value, :qualifier, :low, :high, :unit, :normalizedValue, :sourceDocument, :sourceQuote, :note)
            on conflict on constraint observation_key""";

    /** Answers a row when it wrote one: true when it inserted, false when it updated. */
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

    private static final String REFRESH_ROLLUP = ROLLUP_ROWS.formatted("""
            (o.indicator_code, o.initiative_id, o.phase) in
                (select * from unnest(:indicators::text[], :initiatives::uuid[], :phases::text[]))""") + """
            on conflict on constraint observation_rollup_key do update set
                unit = excluded.unit, observations = excluded.observations, with_value = excluded.with_value,
                total = excluded.total, minimum = excluded.minimum, maximum = excluded.maximum
            """;

    private static final String REFRESH_OUTCOMES = "select refresh_outcomes(:initiatives::uuid[], :indicators::text[])";

    private static final String LOCK_KEYS = """
            select count(pg_advisory_xact_lock(:keyLocks::bigint * 10000 + b))
              from (select distinct (hashtext(k)::bigint + 2147483648) % :buckets b from unnest(:keys::text[]) k order by 1) buckets""";

    private static final String REBUILD_ROLLUP = ROLLUP_ROWS.formatted("true");

    private static final long REBUILD_LOCK = 0x726f6c6c7570L;
    private static final long KEY_LOCKS = 0x6b6579L;
    private static final int LOCK_BUCKETS = 1024;

    private final DataSource dataSource;

    public SqlObservationStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Recorded upsert(List<Observation> observations) {
        lockRollup(observations);
        int inserted = 0;
        int updated = 0;
        Set<RollupKey> touched = new LinkedHashSet<>();
        for (Observation o : observations) {
            List<Boolean> written = row(UPSERT, o).list(dataSource, rs -> rs.getBoolean(1));
            if (!written.isEmpty()) {
                touched.add(rollupKey(o));
                inserted += written.get(0) ? 1 : 0;
                updated += written.get(0) ? 0 : 1;
            }
        }
        refreshRollup(touched);
        return new Recorded(inserted, updated, observations.size() - inserted - updated);
    }

    /** The seed's way in: a key that exists is left as it is, so the seed never overwrites what was ingested since. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int insertMissing(List<Observation> observations) {
        lockRollup(observations);
        Set<RollupKey> touched = new LinkedHashSet<>();
        int inserted = 0;
        for (Observation o : observations) {
            if (!row(INSERT_NEW, o).list(dataSource, rs -> rs.getBoolean(1)).isEmpty()) {
                touched.add(rollupKey(o));
                inserted++;
            }
        }
        refreshRollup(touched);
        return inserted;
    }

    /**
     * For bulk loads that bypass the ingest (the benchmark's generator). 10M observations took 58 s
     * to rebuild on two cores (README.md, "Benchmarks" → "Metrics"): the hour's timeout leaves room.
     */
    @Override
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public void rebuildDerived() {
        new Sql("select pg_advisory_xact_lock(:rebuildLock)").bind("rebuildLock", REBUILD_LOCK).execute(dataSource);
        new Sql("delete from observation_rollup").execute(dataSource);
        new Sql(REBUILD_ROLLUP).execute(dataSource);
        new Sql("select refresh_outcomes(null, null)").execute(dataSource);
        // One indicator's rows side by side: a dashboard query reads a few pages, not one per row
        // (its plan at 10M observations: about 7,500 rollup rows by the key; README.md, "Benchmarks" → "Metrics").
        new Sql("cluster observation_rollup using observation_rollup_key").execute(dataSource);
        // Without fresh statistics the planner takes the rebuilt table for empty and loops over it.
        new Sql("analyze observation_rollup").execute(dataSource);
        new Sql("analyze outcome").execute(dataSource);
    }

    /**
     * Serializes writers of the same derived rows until commit. Without it two ingests touching one
     * (indicator, initiative) would each recompute its rollup and outcome pairs without the other's
     * rows, and the later commit would leave a total that misses the earlier one. Keys are hashed into a
     * fixed number of locks (a batch of 1,000 keys must not exhaust PostgreSQL's lock table), taken
     * in a fixed order so that two batches never wait on each other; all under a shared lock that
     * a full rebuild takes exclusively.
     */
    private void lockRollup(List<Observation> observations) {
        new Sql("select pg_advisory_xact_lock_shared(:rebuildLock)").bind("rebuildLock", REBUILD_LOCK).execute(dataSource);
        new Sql(LOCK_KEYS).bind("keyLocks", KEY_LOCKS).bind("buckets", LOCK_BUCKETS)
                .bind("keys", new Sql.Array("text",
                        observations.stream().map(o -> o.indicator() + "|" + o.initiativeId()).distinct().toArray()))
                .execute(dataSource);
    }

    /** Recomputes the rollup rows and the outcome pairs of the keys, from their observations. */
    private void refreshRollup(Collection<RollupKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Sql.Array indicators = new Sql.Array("text", keys.stream().map(RollupKey::indicator).toArray());
        Sql.Array initiatives = new Sql.Array("uuid", keys.stream().map(RollupKey::initiativeId).toArray());
        new Sql(REFRESH_ROLLUP).bind("indicators", indicators).bind("initiatives", initiatives)
                .bind("phases", new Sql.Array("text", keys.stream().map(RollupKey::phase).toArray()))
                .execute(dataSource);
        new Sql(REFRESH_OUTCOMES).bind("initiatives", initiatives).bind("indicators", indicators).execute(dataSource);
    }

    private static RollupKey rollupKey(Observation o) {
        return new RollupKey(o.indicator(), o.initiativeId(), o.phase());
    }

    private static Sql row(String statement, Observation o) {
        return new Sql(statement)
                .bind("id", UUID.randomUUID())
                .bind("initiativeId", o.initiativeId())
                .bind("indicator", o.indicator())
                .bind("phase", o.phase())
                .bind("period", o.period() == null ? null : o.period().text())
                .bind("periodStart", o.period() == null ? null : o.period().start())
                .bind("periodEnd", o.period() == null ? null : o.period().end())
                .bind("scope", o.scope())
                .bind("value", o.value())
                .bind("qualifier", o.qualifier())
                .bind("low", o.low())
                .bind("high", o.high())
                .bind("unit", o.unit())
                .bind("normalizedValue", o.normalizedValue())
                .bind("sourceDocument", o.sourceDocument())
                .bind("sourceQuote", o.sourceQuote())
                .bind("note", o.note());
    }
}

package org.urbaninnovation.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import org.urbaninnovation.launcher.FaultPlatform.Signal;

/**
 * The award's feed (submissions → catalogue and metrics) under faults. The demo's 7th cycle is
 * walked to published through the gateway, as {@code ./platform demo-award} does; then its
 * {@code initiative.awarded} events are announced again for as many new initiatives (new ids and
 * titles, the same city and claims) straight into the producer's outbox, the way its publication
 * writes them, in batches while the producer is restarted once. Meanwhile the two consumers are
 * killed in turn and the feed proxy serves older pages again, shuffles and refuses some. At the
 * end each consumer's cursor is compared with the producer: every awarded initiative in the
 * catalogue, each with the figures of its claims in the metrics, and no event consumed twice.
 */
final class AwardFeedUnderFaults {

    private static final String AWARDED = "initiative.awarded";
    private static final String COPY = ", award copy ";
    /** The advisory lock the platform's {@code Outbox} appends under. */
    private static final long OUTBOX_APPEND_LOCK = 0x6f7574626f78L;
    /** An event the publication wrote, not one of the copies. */
    private static final String ORIGINAL = "position('" + COPY + "' in o.payload #>> '{initiative,title}') = 0";

    private final FaultPlatform platform;
    private final FeedChaosProxy feed;
    private final DevSignIn signIn;
    private final boolean quick;

    AwardFeedUnderFaults(FaultPlatform platform, FeedChaosProxy feed, DevSignIn signIn, boolean quick) {
        this.platform = platform;
        this.feed = feed;
        this.signIn = signIn;
        this.quick = quick;
    }

    FaultSuite.Row run(String name) throws Exception {
        int copies = quick ? 500 : 10_000;
        feed.chaos(true);
        AwardApi api = new AwardApi(Component.GATEWAY.url(), signIn::token);
        CompletableFuture<List<DemoAward.Awarded>> walk = CompletableFuture.supplyAsync(
                () -> new DemoAward(api, new PrintStream(PrintStream.nullOutputStream())).walk(DemoAward.DEMO_CYCLE));
        int kills = 0;
        while (!walk.isDone()) {
            kills += killAConsumer();
        }
        List<DemoAward.Awarded> walked = walk.join();
        boolean producerRestarted = false;
        for (int written = 0; written < copies;) {
            int batch = Math.min(copies - written, quick ? 100 : 500);
            announceAgain(batch, written);
            written += batch;
            if (!producerRestarted && written >= copies / 2) {
                platform.signal(Component.SUBMISSIONS.name(), Signal.TERM);
                platform.awaitExit(Component.SUBMISSIONS.name(), Duration.ofSeconds(30));
                platform.restart(Component.SUBMISSIONS.name(), Component.SUBMISSIONS, Component.SUBMISSIONS.port());
                producerRestarted = true;
            }
            kills += killAConsumer();
        }
        long last = single(Component.SUBMISSIONS, "select coalesce(max(seq), 0) from outbox_event");
        long deadline = System.nanoTime() + Duration.ofSeconds(120 + copies / 20).toNanos();
        long[] catalog = cursor(Component.CATALOG);
        long[] metrics = cursor(Component.METRICS);
        while ((catalog[0] < last || metrics[0] < last) && System.nanoTime() < deadline) {
            FaultPlatform.pause(500);
            catalog = cursor(Component.CATALOG);
            metrics = cursor(Component.METRICS);
        }
        feed.chaos(false);
        long producedForCatalog = single(Component.SUBMISSIONS, "select count(*) from outbox_event where seq <= " + catalog[0]);
        long producedForMetrics = single(Component.SUBMISSIONS, "select count(*) from outbox_event where seq <= " + metrics[0]);
        Map<String, Integer> figures = expectedFigures();
        Set<String> inCatalogue = ids(Component.CATALOG, "select id::text from initiative");
        Map<String, Integer> inMetrics = counts(Component.METRICS,
                "select initiative_id::text, count(*) from observation group by initiative_id");
        long missingFromCatalogue = figures.keySet().stream().filter(id -> !inCatalogue.contains(id)).count();
        // At least: an initiative the catalogue seeded may have figures of its own besides its claims.
        long figuresDiffer = figures.entrySet().stream()
                .filter(e -> inMetrics.getOrDefault(e.getKey(), 0) < e.getValue()).count();
        long twiceCatalog = catalog[1] - producedForCatalog;
        long twiceMetrics = metrics[1] - producedForMetrics;
        boolean passed = catalog[0] >= last && metrics[0] >= last && missingFromCatalogue == 0 && figuresDiffer == 0
                && twiceCatalog == 0 && twiceMetrics == 0 && !walked.isEmpty();
        int figureCount = figures.values().stream().mapToInt(Integer::intValue).sum();
        return new FaultSuite.Row(name, "the 7th cycle walked to published (" + walked.size() + " awarded), then " + copies
                        + " more awards announced; consumers killed " + kills + "x, producer restarted "
                        + (producerRestarted ? "1x" : "0x"),
                last + " events on the award's feed, " + figures.size() + " awarded initiatives with " + figureCount + " figures",
                (figures.size() - missingFromCatalogue) + " of " + figures.size() + " in the catalogue, "
                        + (figures.size() - figuresDiffer) + " with all their figures in the metrics; events consumed twice: catalogue "
                        + twiceCatalog + ", metrics " + twiceMetrics,
                feed.duplicated + " older pages served again, " + feed.shuffled + " pages shuffled, " + feed.refused + " pages refused",
                "cursors: catalogue " + catalog[0] + ", metrics " + metrics[0] + " of " + last, passed,
                passed ? "" : missingFromCatalogue + " missing from the catalogue, " + figuresDiffer + " missing figures");
    }

    /** Kills the catalogue or the metrics at a random point and starts it again; the kills done. */
    private int killAConsumer() throws IOException {
        FaultPlatform.pause(ThreadLocalRandom.current().nextLong(500, quick ? 2_000 : 4_000));
        Component consumer = ThreadLocalRandom.current().nextBoolean() ? Component.CATALOG : Component.METRICS;
        platform.signal(consumer.name(), Signal.KILL);
        platform.awaitExit(consumer.name(), Duration.ofSeconds(10));
        platform.restart(consumer.name(), consumer, consumer.port());
        return 1;
    }

    /**
     * Writes {@code count} more {@code initiative.awarded} events, each a copy of one the cycle's
     * publication wrote, for a new initiative of the same city: in one transaction under the
     * outbox's append lock, as the producer's own appends are, so that sequence numbers commit in order.
     */
    private void announceAgain(int count, int offset) throws SQLException {
        long originals = Math.max(1, originals());
        try (Connection c = platform.connect(Component.SUBMISSIONS)) {
            c.setAutoCommit(false);
            try (Statement lock = c.createStatement(); PreparedStatement insert = c.prepareStatement("""
                    insert into outbox_event (id, type, aggregate_type, aggregate_id, payload)
                    select gen_random_uuid(), e.type, e.aggregate_type, copy.initiative::text,
                           jsonb_set(jsonb_set(jsonb_set(e.payload, '{initiativeId}', to_jsonb(copy.initiative::text)),
                                     '{submissionId}', to_jsonb(copy.submission::text)),
                                     '{initiative,title}', to_jsonb((e.payload #>> '{initiative,title}') || '%s' || copy.n))
                    from (select n, gen_random_uuid() as initiative, gen_random_uuid() as submission
                          from generate_series(?, ?) n) copy
                    cross join lateral (select * from outbox_event o where o.type = ? and %s
                                        order by o.seq offset (copy.n %% ?) limit 1) e
                    order by copy.n
                    """.formatted(COPY, ORIGINAL))) {
                lock.execute("select pg_advisory_xact_lock(" + OUTBOX_APPEND_LOCK + ")");
                insert.setInt(1, offset + 1);
                insert.setInt(2, offset + count);
                insert.setString(3, AWARDED);
                insert.setLong(4, originals);
                insert.executeUpdate();
            }
            c.commit();
        }
    }

    private long originals() throws SQLException {
        try (Connection c = platform.connect(Component.SUBMISSIONS); PreparedStatement count = c.prepareStatement(
                "select count(*) from outbox_event o where type = ? and " + ORIGINAL)) {
            count.setString(1, AWARDED);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Each awarded initiative on the feed and the figures its claims give (a baseline and a result per value). */
    private Map<String, Integer> expectedFigures() throws SQLException {
        return counts(Component.SUBMISSIONS, """
                select e.payload ->> 'initiativeId',
                       (select count(*) from jsonb_array_elements(coalesce(e.payload -> 'outcomeClaims', '[]')) claim,
                               lateral (values (claim -> 'baseline' -> 'value'), (claim -> 'result' -> 'value')) figure(v)
                        where jsonb_typeof(figure.v) = 'number')
                from outbox_event e where e.type = '%s'
                """.formatted(AWARDED));
    }

    private long[] cursor(Component consumer) throws SQLException {
        try (Connection c = platform.connect(consumer); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select coalesce(max(last_seq), 0), coalesce(max(applied_events), 0) from feed_cursor where feed = 'submissions'")) {
            rs.next();
            return new long[] { rs.getLong(1), rs.getLong(2) };
        }
    }

    private long single(Component component, String sql) throws SQLException {
        try (Connection c = platform.connect(component); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Set<String> ids(Component component, String sql) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = platform.connect(component); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private Map<String, Integer> counts(Component component, String sql) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = platform.connect(component); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }
}

package org.urbaninnovation.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Fills the catalog database with synthetic published initiatives (and a few thousand synthetic
 * cities) up to a requested count, by COPY in batches. Synthetic rows are recognised by their slug
 * prefix {@code bench-}: a second run only tops up (100k, then 1M reuses the first 100k), and
 * {@code --trim} deletes the surplus when fewer are asked for. For a large load the table's
 * secondary indexes (the full-text GIN index among them) are dropped first and recreated after,
 * exactly as they were; their definitions are kept in {@code --index-state} until then, so an
 * interrupted load gets them back on the next run. Never touches the seed rows, the trigger or
 * the schema.
 */
final class SyntheticLoader {

    private static final String[] COUNTRIES = {"Argentina", "Australia", "Austria", "Bangladesh", "Belgium",
            "Bolivia", "Brazil", "Cameroon", "Canada", "Chile", "China", "Colombia", "Denmark", "Ecuador", "Egypt",
            "Ethiopia", "Finland", "France", "Germany", "Ghana", "Greece", "India", "Indonesia", "Ireland", "Italy",
            "Japan", "Jordan", "Kenya", "Malaysia", "Mexico", "Morocco", "Nepal", "Netherlands", "Nigeria", "Norway",
            "Pakistan", "Peru", "Philippines", "Poland", "Portugal", "Rwanda", "Senegal", "Singapore", "Spain",
            "Sweden", "Tanzania", "Thailand", "Tunisia", "Turkey", "Uganda", "Uruguay", "Vietnam", "Zambia"};
    private static final String[] CITY_ENDINGS = {"", "", "", "", "ton", "burg", "ville", "pur", "abad", "ford",
            "haven", "polis", "stad", "grad", "mouth"};

    private final String jdbcUrl;
    private final String user;
    private final String password;

    private SyntheticLoader(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    static void main(String[] argv) throws Exception {
        Args a = new Args(argv, Set.of("trim"), Set.of("jdbc-url", "user", "password", "rows", "vocabulary-source",
                "vocabulary-size", "zipf-exponent", "cities", "threads", "batch", "seed", "index-state", "drop-indexes"));
        SyntheticLoader loader = new SyntheticLoader(a.required("jdbc-url"), a.get("user", "catalog"),
                a.get("password", "catalog"));
        long rows = a.longValue("rows", 100_000);
        String dropMode = a.get("drop-indexes", "auto");
        if (!Set.of("auto", "always", "never").contains(dropMode)) {
            throw new Args.BadArgument("--drop-indexes is auto, always or never");
        }
        String state = a.get("index-state", null);
        loader.run(rows, a.flag("trim"), Path.of(a.get("vocabulary-source", "seed-source/000_5179656e0f3247f5.txt")),
                (int) a.longValue("vocabulary-size", 20_000), a.doubleValue("zipf-exponent", 1.0),
                (int) a.longValue("cities", 3_000), (int) a.longValue("threads", 2), (int) a.longValue("batch", 2_000),
                a.longValue("seed", 42), state == null ? null : Path.of(state), dropMode);
    }

    /** Generated rows on standard output, without a database (the vocabulary is not stem-checked). */
    static void sample(String[] argv) throws IOException {
        Args a = new Args(argv, Set.of(), Set.of("rows", "from", "vocabulary-source", "seed"));
        long seed = a.longValue("seed", 42);
        Set<String> planted = new HashSet<>();
        PlantedTerms.all().forEach(t -> planted.add(t.word()));
        Path source = Path.of(a.get("vocabulary-source", "seed-source/000_5179656e0f3247f5.txt"));
        List<String> words = new ArrayList<>(Files.exists(source) ? Vocabulary.wordsByFrequency(source) : List.of());
        words.removeAll(planted);
        Set<String> avoid = new HashSet<>(words);
        avoid.addAll(planted);
        words.addAll(Vocabulary.generatedWords(Math.max(0, 20_000 - words.size()), seed, avoid));
        List<UUID> cities = List.of(UUID.nameUUIDFromBytes("bench-city-00000".getBytes(StandardCharsets.UTF_8)));
        RowGenerator generator = new RowGenerator(seed, new Vocabulary(words), cities, 1.0);
        long from = a.longValue("from", 0);
        StringBuilder sb = new StringBuilder();
        SplittableRandom ids = new SplittableRandom(seed);
        for (long i = from; i < from + a.longValue("rows", 3); i++) {
            sb.setLength(0);
            generator.appendRow(sb, i, randomId(ids));
            System.out.print(sb);
        }
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(jdbcUrl, user, password);
        try (Statement s = c.createStatement()) {
            // Bulk load: a lost last batch after a crash is harmless, fsync per commit is not needed.
            s.execute("set synchronous_commit = off");
        }
        return c;
    }

    private void run(long rows, boolean trim, Path vocabularySource, int vocabularySize, double exponent,
            int cityCount, int threads, int batch, long seed, Path indexState, String dropMode) throws Exception {
        long started = System.nanoTime();
        try (Connection c = connect()) {
            restoreIndexes(c, indexState, "left dropped by an interrupted load");

            long existing = countSynthetic(c);
            System.out.printf(Locale.ROOT, "catalog at %s: %,d synthetic initiatives present, %,d requested%n",
                    jdbcUrl, existing, rows);
            boolean changed = false;
            if (existing > rows) {
                if (trim) {
                    long t = System.nanoTime();
                    long deleted = deleteSurplus(c, existing - rows);
                    System.out.printf(Locale.ROOT, "trimmed %,d surplus synthetic initiatives in %.1f s%n", deleted,
                            seconds(t));
                    existing -= deleted;
                    changed = true;
                } else {
                    System.out.printf(Locale.ROOT, "warning: %,d synthetic initiatives are more than the %,d requested; "
                            + "pass --trim to delete the surplus%n", existing, rows);
                }
            }
            long toLoad = Math.max(0, rows - existing);
            double loadSeconds = 0;
            double indexSeconds = 0;
            if (toLoad > 0) {
                List<UUID> cities = ensureCities(c, cityCount, seed);
                Vocabulary vocabulary = vocabulary(c, vocabularySource, vocabularySize, seed);
                checkCityNames(c);
                RowGenerator generator = new RowGenerator(seed, vocabulary, cities, exponent);

                long total = countAll(c);
                boolean drop = dropMode.equals("always")
                        || (dropMode.equals("auto") && toLoad >= 10_000 && toLoad * 4 >= total + toLoad);
                Map<String, String> dropped = drop ? dropIndexes(c, indexState) : Map.of();

                long t = System.nanoTime();
                try {
                    load(generator, existing, rows, threads, batch);
                } catch (Exception e) {
                    if (!dropped.isEmpty()) {
                        try {
                            restoreIndexes(c, indexState, "after a failed load");
                        } catch (Exception r) {
                            e.addSuppressed(r);
                        }
                    }
                    throw e;
                }
                loadSeconds = seconds(t);
                System.out.printf(Locale.ROOT, "loaded %,d initiatives in %.1f s (%,.0f rows/s)%n", toLoad, loadSeconds,
                        toLoad / loadSeconds);
                if (!dropped.isEmpty()) {
                    t = System.nanoTime();
                    restoreIndexes(c, indexState, "after the load");
                    indexSeconds = seconds(t);
                }
                changed = true;
            }
            double vacuumSeconds = 0;
            if (changed) {
                long t = System.nanoTime();
                try (Statement s = c.createStatement()) {
                    s.execute("vacuum (analyze) initiative");
                    s.execute("analyze city");
                }
                vacuumSeconds = seconds(t);
                System.out.printf(Locale.ROOT, "vacuum (analyze) in %.1f s%n", vacuumSeconds);
            }
            report(c);
            System.out.printf(Locale.ROOT, "LOAD rows=%d loaded=%d copy=%.1fs indexes=%.1fs vacuum_analyze=%.1fs total=%.1fs%n",
                    rows, toLoad, loadSeconds, indexSeconds, vacuumSeconds, seconds(started));
        }
    }

    // ---------------------------------------------------------------- rows

    private void load(RowGenerator generator, long from, long to, int threads, int batch) throws Exception {
        AtomicLong next = new AtomicLong(from);
        AtomicLong done = new AtomicLong();
        AtomicBoolean failed = new AtomicBoolean();
        long total = to - from;
        long started = System.nanoTime();
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread th = new Thread(r, "progress");
            th.setDaemon(true);
            return th;
        });
        progress.scheduleAtFixedRate(() -> {
            long d = done.get();
            double s = seconds(started);
            double rate = d / Math.max(s, 1e-9);
            System.out.printf(Locale.ROOT, "  ... %,d / %,d (%.0f%%)  %,.0f rows/s  elapsed %s  eta %s%n", d, total,
                    100.0 * d / total, rate, duration(s), rate > 0 ? duration((total - d) / rate) : "?");
        }, 5, 5, TimeUnit.SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    try (Connection c = connect()) {
                        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                        SplittableRandom ids = new SplittableRandom();
                        StringBuilder sb = new StringBuilder(1 << 17);
                        while (!failed.get()) {
                            long start = next.getAndAdd(batch);
                            if (start >= to) {
                                break;
                            }
                            long end = Math.min(start + batch, to);
                            copyBatch(copy, generator, ids, sb, start, end);
                            done.addAndGet(end - start);
                        }
                    } catch (Exception e) {
                        failed.set(true);
                        throw e;
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
            progress.shutdownNow();
        }
    }

    /** One COPY, one transaction: a batch is in the table entirely or not at all. */
    private static void copyBatch(CopyManager copy, RowGenerator generator, SplittableRandom ids, StringBuilder sb,
            long start, long end) throws SQLException {
        CopyIn in = copy.copyIn("COPY initiative (" + RowGenerator.COLUMNS + ") FROM STDIN");
        try {
            sb.setLength(0);
            for (long i = start; i < end; i++) {
                generator.appendRow(sb, i, randomId(ids));
                if (sb.length() > 1 << 16 || i == end - 1) {
                    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    sb.setLength(0);
                }
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** A random (version 4) UUID; never one of the seed's 11111111-... or 22222222-... ids. */
    private static UUID randomId(SplittableRandom rng) {
        while (true) {
            long msb = (rng.nextLong() & ~0xF000L) | 0x4000L;
            long lsb = (rng.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            int head = (int) (msb >>> 32);
            if (head != 0x11111111 && head != 0x22222222) {
                return new UUID(msb, lsb);
            }
        }
    }

    private static long countSynthetic(Connection c) throws SQLException {
        return single(c, "select count(*) from initiative where slug like '" + RowGenerator.SLUG_PREFIX + "%'");
    }

    private static long countAll(Connection c) throws SQLException {
        return single(c, "select count(*) from initiative");
    }

    private static long deleteSurplus(Connection c, long surplus) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from initiative where id in (select id from initiative "
                + "where slug like '" + RowGenerator.SLUG_PREFIX + "%' limit ?)")) {
            ps.setLong(1, surplus);
            return ps.executeUpdate();
        }
    }

    // ---------------------------------------------------------------- cities

    /** A few thousand synthetic cities, with fixed (name-based) ids so that every run finds the same ones. */
    private static List<UUID> ensureCities(Connection c, int count, long seed) throws SQLException {
        long present = single(c, "select count(*) from city where slug like 'bench-city-%'");
        if (present < count) {
            SplittableRandom rng = new SplittableRandom(seed ^ 0xC17C17L);
            try (PreparedStatement ps = c.prepareStatement("insert into city (id, slug, name, country, population, "
                    + "population_text, data_quality_notes) values (?, ?, ?, ?, ?, ?, '[\"synthetic (bench)\"]'::jsonb) "
                    + "on conflict do nothing")) {
                for (int i = 0; i < count; i++) {
                    String slug = String.format(Locale.ROOT, "bench-city-%05d", i);
                    UUID id = UUID.nameUUIDFromBytes(slug.getBytes(StandardCharsets.UTF_8));
                    String base = Vocabulary.pseudoWord(rng, 2 + rng.nextInt(2));
                    String name = Character.toUpperCase(base.charAt(0)) + base.substring(1)
                            + CITY_ENDINGS[rng.nextInt(CITY_ENDINGS.length)];
                    long population = (long) Math.exp(11 + rng.nextDouble() * 5.5); // 60 thousand to 15 million
                    ps.setObject(1, id);
                    ps.setString(2, slug);
                    ps.setString(3, name);
                    ps.setString(4, COUNTRIES[rng.nextInt(COUNTRIES.length)]);
                    ps.setLong(5, population);
                    ps.setString(6, String.format(Locale.ROOT, "%,d", population));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        List<UUID> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id from city where slug like 'bench-city-%' order by slug limit "
                        + count)) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        System.out.printf(Locale.ROOT, "synthetic cities: %,d (%,d new)%n", ids.size(), Math.max(0, count - present));
        return ids;
    }

    /** A city's name and country are searchable too: none may share a stem with a planted term. */
    private static void checkCityNames(Connection c) throws SQLException {
        Set<String> planted = plantedLexemes(c);
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select distinct name from city where slug like 'bench-city-%' "
                        + "union select distinct country from city where slug like 'bench-city-%'")) {
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        for (Map.Entry<String, List<String>> e : lexemes(c, names).entrySet()) {
            for (String lexeme : e.getValue()) {
                if (planted.contains(lexeme)) {
                    throw new IllegalStateException("synthetic city or country '" + e.getKey()
                            + "' shares the stem '" + lexeme + "' with a planted term; change --seed");
                }
            }
        }
    }

    // ---------------------------------------------------------------- vocabulary

    private static Vocabulary vocabulary(Connection c, Path source, int size, long seed) throws Exception {
        List<String> fromSource = Files.exists(source) ? Vocabulary.wordsByFrequency(source) : List.of();
        if (fromSource.isEmpty()) {
            System.out.println("warning: " + source + " not found; the vocabulary is generated words only");
        }
        Set<String> plantedWords = new HashSet<>();
        PlantedTerms.all().forEach(t -> plantedWords.add(t.word()));
        List<String> candidates = new ArrayList<>(fromSource);
        Set<String> avoid = new HashSet<>(fromSource);
        avoid.addAll(plantedWords);
        candidates.addAll(Vocabulary.generatedWords(Math.max(0, size - fromSource.size()) + 500, seed, avoid));

        Set<String> planted = plantedLexemes(c);
        Map<String, List<String>> lexemes = lexemes(c, candidates);
        List<String> words = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String w : candidates) {
            if (lexemes.getOrDefault(w, List.of()).stream().anyMatch(planted::contains)) {
                removed.add(w);
            } else if (words.size() < size) {
                words.add(w);
            }
        }
        long seedWords = words.stream().filter(new HashSet<>(fromSource)::contains).count();
        System.out.printf(Locale.ROOT, "vocabulary: %,d words (%,d from %s, the rest generated), Zipf ranks; "
                + "left out for sharing a stem with a planted term: %s%n", words.size(), seedWords,
                source.getFileName(), removed.isEmpty() ? "none" : String.join(", ", removed));
        return new Vocabulary(words);
    }

    /** The lexemes of the planted terms; each must be exactly one lexeme, and all distinct. */
    private static Set<String> plantedLexemes(Connection c) throws SQLException {
        List<String> words = PlantedTerms.all().stream().map(PlantedTerms.Term::word).toList();
        Map<String, List<String>> lexemes = lexemes(c, words);
        Set<String> all = new HashSet<>();
        for (String w : words) {
            List<String> l = lexemes.getOrDefault(w, List.of());
            if (l.size() != 1 || !all.add(l.get(0))) {
                throw new IllegalStateException("planted term '" + w + "' does not give one distinct lexeme: " + l);
            }
        }
        return all;
    }

    /** Each word's lexemes in the catalogue's own text search configuration. */
    private static Map<String, List<String>> lexemes(Connection c, Collection<String> words) throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select w, tsvector_to_array(to_tsvector('catalog_search', w)) from unnest(?::text[]) as w")) {
            ps.setArray(1, c.createArrayOf("text", words.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Array a = rs.getArray(2);
                    out.put(rs.getString(1), a == null ? List.of() : List.of((String[]) a.getArray()));
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- indexes

    /** Drops the initiative table's plain (non-unique, non-constraint) indexes, keeping their definitions. */
    private static Map<String, String> dropIndexes(Connection c, Path state) throws SQLException, IOException {
        Map<String, String> defs = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select ic.relname, pg_get_indexdef(ic.oid)
                        from pg_index x
                        join pg_class ic on ic.oid = x.indexrelid
                        join pg_class t on t.oid = x.indrelid
                        join pg_namespace n on n.oid = t.relnamespace
                        where t.relname = 'initiative' and n.nspname = current_schema()
                          and not x.indisunique and not x.indisprimary
                          and not exists (select 1 from pg_constraint k where k.conindid = ic.oid)
                        order by ic.relname""")) {
            while (rs.next()) {
                defs.put(rs.getString(1), rs.getString(2).replaceFirst("^CREATE INDEX ", "CREATE INDEX IF NOT EXISTS "));
            }
        }
        if (defs.isEmpty()) {
            return defs;
        }
        if (state != null) {
            Files.createDirectories(state.toAbsolutePath().getParent());
            Path tmp = state.resolveSibling(state.getFileName() + ".tmp");
            Files.write(tmp, defs.values().stream().map(d -> d + ";").toList(), StandardCharsets.UTF_8);
            Files.move(tmp, state, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
            System.out.println("no --index-state: if this load is interrupted, recreate these indexes by hand:");
            defs.values().forEach(d -> System.out.println("  " + d + ";"));
        }
        try (Statement s = c.createStatement()) {
            for (String name : defs.keySet()) {
                s.execute("drop index if exists " + name);
            }
        }
        System.out.println("dropped for the load, recreated after: " + String.join(", ", defs.keySet()));
        stateDefinitions.clear();
        stateDefinitions.addAll(defs.values());
        return defs;
    }

    /** Definitions dropped by this process, for when there is no state file. */
    private static final List<String> stateDefinitions = new ArrayList<>();

    /** Recreates the indexes recorded in the state file (or dropped by this process), then forgets them. */
    private static void restoreIndexes(Connection c, Path state, String why) throws SQLException, IOException {
        List<String> defs = new ArrayList<>(stateDefinitions);
        if (state != null && Files.exists(state)) {
            for (String line : Files.readAllLines(state, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !defs.contains(line.replaceAll(";$", ""))) {
                    defs.add(line.replaceAll(";$", ""));
                }
            }
        }
        if (defs.isEmpty()) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("set maintenance_work_mem = '1GB'");
            for (String def : defs) {
                long t = System.nanoTime();
                s.execute(def);
                System.out.printf(Locale.ROOT, "index recreated (%s) in %.1f s: %s%n", why, seconds(t), def);
            }
            s.execute("reset maintenance_work_mem");
        }
        stateDefinitions.clear();
        if (state != null) {
            Files.deleteIfExists(state);
        }
    }

    // ---------------------------------------------------------------- report

    /** Sizes, and how many rows each planted term really matches (the catalogue's own stemming). */
    private static void report(Connection c) throws SQLException {
        long all = countAll(c);
        long synthetic = countSynthetic(c);
        String size;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select pg_size_pretty(pg_total_relation_size('initiative')), "
                        + "pg_size_pretty(pg_relation_size('initiative_search_idx'))")) {
            rs.next();
            size = rs.getString(1) + " (full-text index " + rs.getString(2) + ")";
        } catch (SQLException e) {
            size = "?";
        }
        System.out.printf(Locale.ROOT, "initiatives: %,d (%,d synthetic); table with indexes %s%n", all, synthetic,
                size);
        System.out.println("planted terms, rows matching (match_vector @@ plainto_tsquery):");
        try (PreparedStatement ps = c.prepareStatement(
                "select count(*) from initiative where match_vector @@ plainto_tsquery('catalog_search', ?)")) {
            Map<String, String> queries = new LinkedHashMap<>();
            queries.put(PlantedTerms.COMMON.word(), "common");
            PlantedTerms.RARE.forEach(t -> queries.put(t.word(), "rare"));
            PlantedTerms.AND_PAIRS.forEach(p -> {
                queries.put(p[0].word(), "and-part");
                queries.put(p[1].word(), "and-part");
                queries.put(p[0].word() + " " + p[1].word(), "and");
            });
            for (Map.Entry<String, String> q : queries.entrySet()) {
                ps.setString(1, q.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long n = rs.getLong(1);
                    System.out.printf(Locale.ROOT, "  %-8s %-22s %,9d  %7.3f%%%n", q.getValue(), q.getKey(), n,
                            all == 0 ? 0 : 100.0 * n / all);
                }
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s" : s + "s";
    }
}

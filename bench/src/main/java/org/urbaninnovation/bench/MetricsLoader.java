package org.urbaninnovation.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills the metrics database with synthetic observations: thousands of cities and initiatives
 * (written into the catalogue projection, as the feed would), each initiative following 40 of the
 * seed's indicators with a baseline, 48 monthly results and a target: 2,000 observations per
 * initiative, 10M for 5,000 initiatives. Secondary indexes are dropped during the COPY and built
 * afterwards (far faster than maintaining them row by row); the rollup is then rebuilt by the
 * service itself ({@code POST /internal/v1/rollup/rebuild}), so the benchmark reads exactly what an
 * ingest would have produced.
 */
final class MetricsLoader {

    static final String INITIATIVE_PREFIX = "44444444-0000-4000-8000-";
    static final String CITY_PREFIX = "55555555-0000-4000-8000-";
    static final int INDICATORS_PER_INITIATIVE = 40;
    static final int MONTHS = 48;
    static final int ROWS_PER_INITIATIVE = INDICATORS_PER_INITIATIVE * (MONTHS + 2);
    private static final String[] THEMES = { "social_cultural", "economic", "environmental", "governance", "technology" };
    private static final String[] COUNTRIES = { "Brazil", "China", "Germany", "India", "Kenya", "Mexico", "Nigeria",
            "Peru", "Spain", "Viet Nam" };
    private static final String COLUMNS = "id, initiative_id, indicator_code, phase, period, period_start, period_end,"
            + " scope, value, qualifier, unit, normalized_value, source_document, source_quote";
    /** The migration's secondary indexes, dropped for the load and rebuilt after it. */
    private static final List<String[]> INDEXES = List.of(
            new String[] { "observation_indicator_period", "create index observation_indicator_period on observation (indicator_code, period_start)" },
            new String[] { "observation_updated", "create index observation_updated on observation (updated_at)" });

    record IndicatorRow(String code, String unit, boolean additive) {
    }

    private MetricsLoader() {
    }

    static void main(String[] argv) throws Exception {
        Args a = new Args(argv, java.util.Set.of(), java.util.Set.of("jdbc-url", "user", "password", "rows", "cities", "seed",
                "queries-file"));
        String url = a.required("jdbc-url");
        String user = a.get("user", "metrics");
        String password = a.get("password", "metrics");
        long rows = a.longValue("rows", 10_000_000);
        int initiatives = (int) Math.max(1, rows / ROWS_PER_INITIATIVE);
        int cities = (int) a.longValue("cities", Math.max(1, initiatives / 2));
        long seed = a.longValue("seed", 42);

        try (Connection c = DriverManager.getConnection(url, user, password)) {
            long present = count(c, "select count(*) from catalog_initiative where id::text like '" + INITIATIVE_PREFIX + "%'");
            long observations = count(c, "select count(*) from observation where source_document = 'synthetic'");
            long wanted = (long) initiatives * ROWS_PER_INITIATIVE;
            System.out.printf(Locale.ROOT, "metrics load: want %,d synthetic observations (%,d initiatives in %,d cities);"
                    + " present %,d observations, %,d initiatives%n", wanted, initiatives, cities, observations, present);
            String queriesFile = a.get("queries-file", null);
            if (observations == wanted && present == initiatives) {
                System.out.println("metrics load: already loaded, nothing to do");
                ensureIndexes(c);
                queriesOrStale(c, queriesFile, seed);
                return;
            }
            long started = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("set maintenance_work_mem = '512MB'");
                if (observations > 0 || present > 0) {
                    System.out.println("metrics load: removing the previous synthetic data");
                    s.execute("delete from observation where source_document = 'synthetic'");
                    s.execute("delete from observation_rollup where initiative_id::text like '" + INITIATIVE_PREFIX + "%'");
                    s.execute("delete from catalog_initiative where id::text like '" + INITIATIVE_PREFIX + "%'");
                    s.execute("delete from catalog_city where id::text like '" + CITY_PREFIX + "%'");
                }
                for (String[] index : INDEXES) {
                    s.execute("drop index if exists " + index[0]);
                }
            }
            List<IndicatorRow> indicators = indicators(c);
            projection(c, initiatives, cities, seed);
            copyObservations(url, user, password, indicators, initiatives, seed);
            long copied = System.nanoTime();
            ensureIndexes(c);
            try (Statement s = c.createStatement()) {
                s.execute("vacuum analyze observation");
                s.execute("analyze catalog_initiative");
                s.execute("analyze catalog_city");
            }
            System.out.printf(Locale.ROOT, "metrics load: %,d observations copied in %.0f s, indexes and analyze in %.0f s%n",
                    wanted, (copied - started) / 1e9, (System.nanoTime() - copied) / 1e9);
            queriesOrStale(c, queriesFile, seed);
        }
    }

    /** The rollup is the service's to build; until it has, there is nothing to sample requests from. */
    private static void queriesOrStale(Connection c, String file, long seed) throws SQLException, IOException {
        if (count(c, "select count(*) from observation_rollup where initiative_id::text like '" + INITIATIVE_PREFIX + "%'") == 0) {
            System.out.println("ROLLUP-STALE: rebuild it (POST /internal/v1/rollup/rebuild) and run this again");
            return;
        }
        writeQueries(c, file, seed);
    }

    /**
     * The requests the driver rotates through, one line per kind ({@code kind:path|path|...}), drawn
     * from the loaded data so that every request finds rows: dashboard aggregates (a panel's
     * query per indicator), and the reads behind a chart (one initiative's indicator, its series).
     */
    private static void writeQueries(Connection c, String file, long seed) throws SQLException, IOException {
        if (file == null) {
            return;
        }
        List<String[]> pairs = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select r.initiative_id, r.indicator_code, i.additive from observation_rollup r
                  join indicator i on i.code = r.indicator_code
                 where r.initiative_id::text like '%s%%' and r.phase = 'result' and r.year = 2021
                 order by md5(r.initiative_id::text || r.indicator_code || '%d') limit 200""".formatted(INITIATIVE_PREFIX, seed))) {
            while (rs.next()) {
                pairs.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3) });
            }
        }
        if (pairs.isEmpty()) {
            throw new IllegalStateException("no synthetic rollup rows: rebuild the rollup first");
        }
        List<String> aggregates = new ArrayList<>();
        List<String> reads = new ArrayList<>();
        List<String> series = new ArrayList<>();
        String[] countries = COUNTRIES;
        for (int k = 0; k < pairs.size(); k++) {
            String[] p = pairs.get(k);
            String indicator = p[1];
            boolean additive = "t".equals(p[2]) || "true".equals(p[2]);
            aggregates.add(switch (k % 4) {
                case 0 -> "/api/v1/aggregates?indicator=" + indicator + "&groupBy=theme&fn=count,avg,min,max";
                case 1 -> "/api/v1/aggregates?indicator=" + indicator + "&groupBy=country,year&fn=avg";
                case 2 -> additive ? "/api/v1/aggregates?indicator=" + indicator + "&groupBy=year&phase=result&fn=sum&per=1000people"
                        : "/api/v1/aggregates?indicator=" + indicator + "&groupBy=phase&fn=avg,max";
                default -> "/api/v1/aggregates?indicator=" + indicator + "&country=" + countries[k % countries.length].replace(" ", "%20")
                        + "&groupBy=city&fn=count,avg&from=2021&to=2022";
            });
            reads.add("/api/v1/observations?initiative=" + p[0] + "&indicator=" + indicator + "&size=100");
            series.add("/api/v1/series?indicator=" + indicator + "&initiative=" + p[0] + "&from=2021&to=2022");
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of(file), "aggregates:" + String.join("|", aggregates) + "\n"
                + "observations:" + String.join("|", reads) + "\n" + "series:" + String.join("|", series) + "\n");
        System.out.println("metrics load: " + pairs.size() + " sampled requests per kind written to " + file);
    }

    private static void ensureIndexes(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set maintenance_work_mem = '512MB'");
            for (String[] index : INDEXES) {
                s.execute(index[1].replace("create index", "create index if not exists"));
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<IndicatorRow> indicators(Connection c) throws SQLException {
        List<IndicatorRow> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select code, unit, additive from indicator order by code")) {
            while (rs.next()) {
                rows.add(new IndicatorRow(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no indicators: start the metrics service once so that it loads its seed");
        }
        return rows;
    }

    /** Cities and initiatives as the catalogue's events would have put them into the projection. */
    private static void projection(Connection c, int initiatives, int cities, long seed) throws SQLException, IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder cityRows = new StringBuilder();
        long[] population = new long[cities];
        for (int i = 0; i < cities; i++) {
            population[i] = 50_000 + (long) (Math.pow(random.nextDouble(), 3) * 20_000_000);
            cityRows.append(CITY_PREFIX).append(String.format("%012d", i)).append('\t').append("city-").append(i)
                    .append('\t').append("City ").append(i).append('\t').append(COUNTRIES[i % COUNTRIES.length])
                    .append('\t').append(population[i]).append("\t0\n");
        }
        StringBuilder initiativeRows = new StringBuilder();
        for (int i = 0; i < initiatives; i++) {
            int city = i % cities;
            String themes = "{" + THEMES[i % THEMES.length] + (i % 3 == 0 ? "," + THEMES[(i + 2) % THEMES.length] : "") + "}";
            String sdgs = "{" + (1 + i % 17) + "," + (1 + (i * 7 + 3) % 17) + "}";
            initiativeRows.append(INITIATIVE_PREFIX).append(String.format("%012d", i)).append('\t')
                    .append("initiative-").append(i).append('\t').append("Synthetic initiative ").append(i).append('\t')
                    .append(CITY_PREFIX).append(String.format("%012d", city)).append('\t').append("city-").append(city)
                    .append('\t').append("City ").append(city).append('\t').append(COUNTRIES[city % COUNTRIES.length])
                    .append("\tsynthetic\t").append(themes).append('\t').append(sdgs).append("\tpublished\t0\n");
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("COPY catalog_city (id, slug, name, country, population, version) FROM STDIN",
                new StringReader(cityRows.toString()));
        copy.copyIn("COPY catalog_initiative (id, slug, title, city_id, city_slug, city_name, country, cycle, themes, sdgs,"
                + " status, version) FROM STDIN", new StringReader(initiativeRows.toString()));
    }

    /** Two connections, each copying every other initiative, one transaction per 50 initiatives. */
    private static void copyObservations(String url, String user, String password, List<IndicatorRow> indicators,
            int initiatives, long seed) throws Exception {
        int threads = 2;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int first = t;
            work.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                    StringBuilder batch = new StringBuilder(8 << 20);
                    int inBatch = 0;
                    for (int i = first; i < initiatives; i += threads) {
                        rows(batch, i, indicators, seed);
                        if (++inBatch == 50 || i + threads >= initiatives) {
                            copy.copyIn("COPY observation (" + COLUMNS + ") FROM STDIN", new StringReader(batch.toString()));
                            batch.setLength(0);
                            inBatch = 0;
                            if (first == 0 && i % 500 == 0) {
                                System.out.printf(Locale.ROOT, "  %,d of %,d initiatives, %.0f s%n", i, initiatives,
                                        (System.nanoTime() - started) / 1e9);
                            }
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
    }

    private static void rows(StringBuilder out, int initiative, List<IndicatorRow> indicators, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003 + initiative);
        String initiativeId = INITIATIVE_PREFIX + String.format("%012d", initiative);
        int offset = random.nextInt(indicators.size());
        for (int k = 0; k < INDICATORS_PER_INITIATIVE; k++) {
            IndicatorRow indicator = indicators.get((offset + k * 3) % indicators.size());
            double base = indicator.additive() ? 100 + random.nextDouble() * 100_000 : 5 + random.nextDouble() * 60;
            double trend = (random.nextDouble() - 0.3) / MONTHS;
            row(out, initiativeId, indicator, "baseline", "2019", "2019-01-01", "2020-01-01", base);
            for (int m = 0; m < MONTHS; m++) {
                int year = 2020 + m / 12;
                int month = 1 + m % 12;
                String start = String.format("%d-%02d-01", year, month);
                String end = month == 12 ? (year + 1) + "-01-01" : String.format("%d-%02d-01", year, month + 1);
                double value = Math.max(0, base * (1 + trend * m + (random.nextDouble() - 0.5) * 0.05));
                if (!indicator.additive()) {
                    value = Math.min(value, 100);
                }
                row(out, initiativeId, indicator, "result", String.format("%d-%02d", year, month), start, end, value);
            }
            row(out, initiativeId, indicator, "target", "2025", "2025-01-01", "2026-01-01", base * 1.5);
        }
    }

    private static void row(StringBuilder out, String initiativeId, IndicatorRow indicator, String phase, String period,
            String start, String end, double value) {
        String v = String.format(Locale.ROOT, "%.2f", value);
        out.append(UUID.randomUUID()).append('\t').append(initiativeId).append('\t').append(indicator.code()).append('\t')
                .append(phase).append('\t').append(period).append('\t').append(start).append('\t').append(end)
                .append("\t\t").append(v).append("\texact\t").append(indicator.unit().replace("\\", "\\\\"))
                .append('\t').append(v).append("\tsynthetic\tsynthetic figure\n");
    }
}

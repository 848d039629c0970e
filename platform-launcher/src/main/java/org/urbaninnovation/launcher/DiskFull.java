package org.urbaninnovation.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.urbaninnovation.launcher.FaultPlatform.Signal;

/**
 * PostgreSQL's disk fills up under writes: a catalogue on a PostgreSQL whose data directory is a
 * small filesystem of its own (a tmpfs, which needs root to mount), filled to the last byte while
 * clients create cities and read them. Writes must answer 503 problems, reads keep working, and
 * once space is back everything acknowledged is there, also after a crash of PostgreSQL.
 */
final class DiskFull {

    private static final String NAME = "disk full under writes";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private DiskFull() {
    }

    /** {@code admin}: a token of the main run's issuer, whose key the small platform is given too. */
    static FaultSuite.Row run(Layout layout, boolean quick, String admin) {
        FaultSuite.say("== " + NAME);
        Path mount = layout.state().resolve("small-disk");
        try {
            Files.createDirectories(mount);
            if (!command("mount", "-t", "tmpfs", "-o", "size=320m", "tmpfs", mount.toString())) {
                FaultSuite.say("   skipped: mounting a small filesystem needs root");
                return new FaultSuite.Row(NAME, "-", "-", "-", "-", "-", true, "skipped: mounting a tmpfs needs root");
            }
            try {
                Layout small = layout.withState(mount);
                small.createDirectories();
                for (Path key : List.of(layout.jwt().resolve("publicKey.pem"), layout.jwt().resolve("privateKey.pem"))) {
                    Files.copy(key, small.jwt().resolve(key.getFileName()));
                }
                return fill(small, mount, quick, admin);
            } finally {
                command("umount", "-l", mount.toString());
            }
        } catch (Exception e) {
            FaultSuite.say("   failed: " + e);
            return new FaultSuite.Row(NAME, "-", "-", "-", e.toString(), "-", false, String.valueOf(e.getMessage()));
        }
    }

    private static FaultSuite.Row fill(Layout small, Path mount, boolean quick, String admin) throws Exception {
        int port = Component.CATALOG.port() + 70;
        String url = FaultPlatform.url(port);
        try (FaultPlatform platform = new FaultPlatform(small, Platform.pgPort() + 70)) {
            platform.startPostgres();
            platform.start("catalog-small-disk", Component.CATALOG, port, Map.of());
            FaultWriters writers = new FaultWriters(admin, 2, FaultSuite.cityCreates(url)).start();
            FaultPlatform.pause(2_000);
            Path filler = mount.resolve("filler");
            long filled = fillUp(filler);
            int acknowledgedBefore = writers.acknowledged.size();
            int refusedBefore = writers.refused.get();
            AtomicInteger reads = new AtomicInteger();
            AtomicInteger readErrors = new AtomicInteger();
            long until = System.nanoTime() + Duration.ofSeconds(quick ? 4 : 8).toNanos();
            while (System.nanoTime() < until) {
                int status = status(url + "/api/v1/cities?size=5");
                (status == 200 ? reads : readErrors).incrementAndGet();
                FaultPlatform.pause(100);
            }
            int refusedWhileFull = writers.refused.get() - refusedBefore;
            int acknowledgedWhileFull = writers.acknowledged.size() - acknowledgedBefore;
            Files.delete(filler);
            long freed = System.nanoTime();
            while (writers.acknowledged.size() <= acknowledgedBefore + acknowledgedWhileFull
                    && System.nanoTime() - freed < Duration.ofSeconds(20).toNanos()) {
                FaultPlatform.pause(50);
            }
            Duration resumed = Duration.ofNanos(System.nanoTime() - freed);
            FaultPlatform.pause(1_000);
            writers.close();
            platform.signalPostgres(Signal.KILL);
            platform.restartPostgres();
            Set<String> present = new HashSet<>();
            try (Connection c = DriverManager.getConnection(platform.jdbcUrl("catalog"), "catalog", "catalog");
                    PreparedStatement ps = c.prepareStatement("select id::text from city where id::text = any(?)")) {
                ps.setArray(1, c.createArrayOf("text", writers.acknowledged.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        present.add(rs.getString(1));
                    }
                }
            }
            int lost = writers.acknowledged.size() - present.size();
            boolean passed = lost == 0 && refusedWhileFull > 0 && writers.notProblem.get() == 0 && reads.get() > 0
                    && readErrors.get() == 0 && resumed.compareTo(Duration.ofSeconds(20)) < 0;
            return new FaultSuite.Row(NAME, "2 clients creating cities; the data directory's disk filled (" + filled / (1024 * 1024)
                    + " MB of filler), then freed", Integer.toString(writers.acknowledged.size()),
                    (writers.acknowledged.size() - lost) + " of " + writers.acknowledged.size() + " present after a crash",
                    "while full: " + refusedWhileFull + " writes refused 503 problem, " + acknowledgedWhileFull + " acknowledged, "
                            + reads + " reads answered, " + readErrors + " reads failed; " + writers.notProblem + " errors not problem+json",
                    "writes acknowledged again " + FaultSuite.seconds(resumed) + " after space was freed", passed,
                    passed ? "" : "a lost write, no 503 while full, a failed read, or no recovery");
        }
    }

    /** Writes zeros until the filesystem refuses: how many bytes it took. */
    private static long fillUp(Path filler) {
        byte[] block = new byte[1 << 20];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                written += block.length;
            }
        } catch (IOException full) {
            return written;
        }
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static boolean command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

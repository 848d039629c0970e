package org.urbaninnovation.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Process ids kept in files, so that a later {@code ./platform down} finds what {@code up} started.
 * Each file also holds the process's start time: after a reboot or a crash the same pid may belong
 * to an unrelated process, which must never be signalled.
 */
final class Pids {

    private Pids() {
    }

    static void write(Path file, long pid) {
        String started = ProcessHandle.of(pid).flatMap(p -> p.info().startInstant())
                .map(instant -> Long.toString(instant.toEpochMilli())).orElse("");
        try {
            Files.writeString(file, pid + " " + started);
        } catch (IOException e) {
            throw new LauncherException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The live process a pid file names, if it is still the process that was recorded. */
    static Optional<ProcessHandle> alive(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String[] fields = Files.readString(file).trim().split("\\s+");
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(fields[0])).filter(ProcessHandle::isAlive);
            if (fields.length < 2 || fields[1].isEmpty()) {
                return process;
            }
            long recorded = Long.parseLong(fields[1]);
            return process.filter(p -> p.info().startInstant()
                    .map(started -> Math.abs(started.toEpochMilli() - recorded) < 1_000).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** SIGTERM, then SIGKILL if the process has not exited within the grace period. */
    static boolean stop(ProcessHandle process, Duration grace) {
        process.destroy();
        try {
            process.onExit().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception timedOut) {
            process.destroyForcibly();
            try {
                process.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // Reported by the caller's next status check.
            }
            return false;
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A stale pid file is harmless: alive() checks the process.
        }
    }
}

package org.urbaninnovation.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidsTest {

    @TempDir
    Path directory;

    @Test
    void recordedProcessIsFound() {
        Path file = directory.resolve("self.pid");
        Pids.write(file, ProcessHandle.current().pid());
        assertEquals(ProcessHandle.current().pid(), Pids.alive(file).orElseThrow().pid());
    }

    @Test
    void aReusedPidIsNotMistakenForTheRecordedProcess() throws Exception {
        Path file = directory.resolve("reused.pid");
        // Our pid, but a start time an hour earlier: the process that was recorded is gone.
        long anHourBefore = ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli() - 3_600_000;
        Files.writeString(file, ProcessHandle.current().pid() + " " + anHourBefore);
        assertTrue(Pids.alive(file).isEmpty());
    }

    @Test
    void missingOrGarbledFilesNameNoProcess() throws Exception {
        assertTrue(Pids.alive(directory.resolve("none.pid")).isEmpty());
        Path garbled = directory.resolve("garbled.pid");
        Files.writeString(garbled, "not a pid");
        assertTrue(Pids.alive(garbled).isEmpty());
    }
}

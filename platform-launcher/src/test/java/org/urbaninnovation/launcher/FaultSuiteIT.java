package org.urbaninnovation.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The short fault suite on the packaged platform ({@code ./platform verify-faults --short}): every
 * scenario must meet its expectation. Its table is in the build's output.
 */
class FaultSuiteIT {

    @Test
    void everyScenarioOfTheShortFaultSuiteIsMet() throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dplatform.home=" + System.getProperty("platform.home"), "-jar", System.getProperty("launcher.jar"),
                "verify-faults", "--short"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (var lines = process.inputReader().lines()) {
            lines.filter(line -> !line.contains("EmbeddedPostgres")).forEach(line -> {
                System.out.println(line);
                output.append(line).append('\n');
            });
        }
        assertTrue(process.waitFor(15, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), output.substring(Math.max(0, output.lastIndexOf("| scenario"))));
    }
}

package org.urbaninnovation.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How one application of the platform is started locally: its command line (JVM sizes) and its
 * environment (port, database, identity, where the other services are). The supervisor starts
 * each once; the fault suite starts, kills and starts them again, and runs a second instance.
 */
record Launch(Layout layout, DevIssuer issuer, LocalPostgres postgres) {

    static Launch of(Layout layout, DevIssuer issuer, LocalPostgres postgres) {
        return new Launch(layout, issuer, postgres);
    }

    /** Starts the component on the given port, its output appended to its log; {@code extraEnv} overrides. */
    Process start(Component component, int port, Map<String, String> extraEnv) throws IOException {
        return start(component, port, extraEnv, component.name());
    }

    Process start(Component component, int port, Map<String, String> extraEnv, String logName) throws IOException {
        // A young generation of 128 MB: with the default (a third of a 64 MB start) a service under
        // load collected every quarter second; a serial young collection costs the same whatever its size.
        List<String> command = new ArrayList<>(List.of(
                Platform.javaExecutable(), "-XX:+UseSerialGC", "-Xms160m", "-Xmn128m", "-Xmx384m",
                "-jar", layout.jar(component).toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(layout.home().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.log(logName).toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "localhost");
        env.put("JWT_PUBLIC_KEY_LOCATION", issuer.publicKey().toString());
        env.put("JWT_ISSUER", DevIssuer.ISSUER);
        if (component.hasDatabase()) {
            env.put("DB_URL", postgres.jdbcUrl(component.database()));
            env.put("DB_USER", component.database());
            env.put("DB_PASSWORD", component.database());
        }
        env.put("CATALOG_URL", Component.CATALOG.url());
        env.put("METRICS_URL", Component.METRICS.url());
        env.put("SUBMISSIONS_URL", Component.SUBMISSIONS.url());
        if (component.equals(Component.GATEWAY)) {
            // The gateway's local profile: the development issuer (sign-in as a demo user) with this key.
            env.put("QUARKUS_PROFILE", "local");
            env.put("DEV_ISSUER_PRIVATE_KEY", issuer.privateKey().toString());
        }
        if (component.equals(Component.METRICS)) {
            env.put("CATALOG_FEED_TOKEN", issuer.serviceToken());
        }
        // Both publish what the award announces: the catalogue its winners, the metrics their outcome claims.
        if (component.equals(Component.CATALOG) || component.equals(Component.METRICS)) {
            env.put("SUBMISSIONS_FEED_TOKEN", issuer.serviceToken());
        }
        env.putAll(extraEnv);
        Files.writeString(layout.log(logName), "---- start " + Instant.now() + " on port " + port + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return builder.start();
    }
}

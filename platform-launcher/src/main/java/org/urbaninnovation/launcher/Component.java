package org.urbaninnovation.launcher;

import java.util.List;

/** One application of the platform as the launcher runs it locally. */
record Component(String name, String module, int port, String database) {

    static final Component CATALOG = new Component("catalog", "catalog-service", 8081, "catalog");
    static final Component METRICS = new Component("metrics", "metrics-service", 8082, "metrics");
    static final Component SUBMISSIONS = new Component("submissions", "submission-service", 8083, "submissions");
    static final Component GATEWAY = new Component("gateway", "gateway", 8080, null);

    /** The services before the gateway, which routes to them. */
    static final List<Component> ALL = List.of(CATALOG, METRICS, SUBMISSIONS, GATEWAY);

    static Component named(String name) {
        return ALL.stream().filter(c -> c.name.equals(name) || c.module.equals(name)).findFirst()
                .orElseThrow(() -> new LauncherException("Unknown component '" + name + "'; known: postgres, "
                        + String.join(", ", ALL.stream().map(Component::name).toList())));
    }

    /** The port, shifted by PLATFORM_PORT_OFFSET so that a second platform can run beside the first. */
    @Override
    public int port() {
        return port + Platform.portOffset();
    }

    String url() {
        return "http://localhost:" + port();
    }

    boolean hasDatabase() {
        return database != null;
    }
}

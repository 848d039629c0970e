package org.urbaninnovation.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which service owns which path prefixes, and how long the gateway waits for it. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Owning services by name (catalog, metrics, submissions). */
    Map<String, Service> services();

    /** How long the gateway waits for a service to answer before it gives up with a 504. */
    @WithDefault("30s")
    Duration timeout();

    interface Service {
        /** Base URL of the service, for example http://localhost:8081. */
        URI url();

        /** Path prefixes the service serves; the gateway forwards them unchanged. */
        List<String> paths();
    }
}

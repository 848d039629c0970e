package org.urbaninnovation.gateway.web.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The web interface's settings: the session, OpenID Connect sign-in, how long the pages wait for a service. */
@ConfigMapping(prefix = "gateway.web")
public interface WebConfig {

    /** How long the pages wait for a service. */
    @WithDefault("5s")
    Duration timeout();

    Session session();

    /** Whether the sign-in page offers the organisation's OpenID Connect provider (Keycloak on Kubernetes). */
    @WithDefault("false")
    boolean oidc();

    interface Session {
        /**
         * The secret the session cookie is encrypted with; every replica needs the same one. Without it
         * each start makes a random one (sessions end with the process): fine for a local platform.
         */
        Optional<String> secret();

        /** Secure cookies even on plain HTTP (behind a TLS terminator that does not say so). */
        @WithDefault("false")
        boolean alwaysSecure();
    }
}

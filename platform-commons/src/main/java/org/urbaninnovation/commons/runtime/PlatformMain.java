package org.urbaninnovation.commons.runtime;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point of every application of the platform. Quarkus answers a URI that
 * {@link java.net.URI} cannot parse (a stray {@code %} in a query) with a bare 400 before any
 * route runs; with that check off, the request reaches {@code UnsafeTextGuard}, which answers the
 * same 400 as a problem naming the parameter. The property must be set before the HTTP server
 * starts, hence here (tests set it in the build's surefire configuration).
 */
@QuarkusMain
public final class PlatformMain {

    private PlatformMain() {
    }

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}

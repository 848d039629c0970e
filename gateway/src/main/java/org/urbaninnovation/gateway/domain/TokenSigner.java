package org.urbaninnovation.gateway.domain;

import java.time.Duration;

/** Signs a token for a demo user (the development key); a port, so the sign-in rule needs no JWT library. */
public interface TokenSigner {

    String sign(DemoUser user, Duration lifetime);
}

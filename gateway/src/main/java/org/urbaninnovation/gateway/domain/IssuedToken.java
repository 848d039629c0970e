package org.urbaninnovation.gateway.domain;

import java.time.Instant;

/** A bearer token the development issuer gave a demo user, and until when it is valid. */
public record IssuedToken(String token, DemoUser user, Instant expiresAt) {
}

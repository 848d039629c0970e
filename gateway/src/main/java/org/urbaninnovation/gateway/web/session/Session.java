package org.urbaninnovation.gateway.web.session;

import java.time.Instant;

/**
 * A visitor's session: the CSRF secret of their forms and, once signed in, who they are and the
 * bearer token the pages call the API with. It travels only encrypted, in an HttpOnly cookie.
 */
public record Session(String csrf, String token, String login, String name, String role, Instant expiresAt) {

    public boolean signedIn() {
        return token != null && expiresAt != null && Instant.now().isBefore(expiresAt);
    }

    public boolean hasRole(String wanted) {
        return signedIn() && wanted.equals(role);
    }
}

package org.urbaninnovation.gateway.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.urbaninnovation.commons.domain.InvalidInput;
import org.urbaninnovation.commons.domain.NotFound;

/**
 * Sign-in as a demo user, without a password: the local development issuer. It exists only where
 * a development key is configured (local, dev and test profiles); elsewhere every use is a 404,
 * as for a path that does not exist. The API answers its token as JSON today; the web UI's
 * sign-in page (server-rendered on the gateway) will call the same use case and keep the token in
 * an HttpOnly session cookie.
 */
public final class DevSignIn {

    private final Optional<TokenSigner> signer;
    private final Duration lifetime;
    private final Clock clock;

    public DevSignIn(Optional<TokenSigner> signer, Duration lifetime, Clock clock) {
        this.signer = signer;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public boolean available() {
        return signer.isPresent();
    }

    public List<DemoUser> users() {
        requireAvailable();
        return DemoUsers.ALL;
    }

    public IssuedToken signIn(String login) {
        TokenSigner key = requireAvailable();
        DemoUser user = DemoUsers.named(login).orElseThrow(() -> InvalidInput.of("user",
                "must be one of " + String.join(", ", DemoUsers.ALL.stream().map(DemoUser::login).toList())));
        return new IssuedToken(key.sign(user, lifetime), user, clock.instant().plus(lifetime));
    }

    private TokenSigner requireAvailable() {
        return signer.orElseThrow(() -> new NotFound("Nothing is found here: the development issuer exists only on a local platform."));
    }
}

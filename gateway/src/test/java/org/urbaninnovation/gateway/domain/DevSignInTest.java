package org.urbaninnovation.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.commons.domain.InvalidInput;
import org.urbaninnovation.commons.domain.NotFound;

class DevSignInTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    private final TokenSigner signer = (user, lifetime) -> user.login() + "/" + user.role() + "/" + lifetime.toHours() + "h";

    @Test
    void aDemoUserGetsATokenForTheConfiguredLifetime() {
        IssuedToken token = new DevSignIn(Optional.of(signer), Duration.ofHours(8), clock).signIn("city-haikou");
        assertEquals("city-haikou/city/8h", token.token());
        assertEquals("22222222-0000-4000-8000-000000000008", token.user().claims().get("city"));
        assertEquals(Instant.parse("2026-12-04T18:00:00Z"), token.expiresAt());
    }

    @Test
    void anUnknownUserIsRefusedNamingTheKnownOnes() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> new DevSignIn(Optional.of(signer), Duration.ofHours(8), clock).signIn("mallory"));
        assertEquals("user", e.violations().get(0).field());
        assertTrue(e.violations().get(0).message().contains("juror-kenya"), e.violations().get(0).message());
    }

    @Test
    void withoutADevelopmentKeyThereIsNoIssuerAtAll() {
        DevSignIn absent = new DevSignIn(Optional.empty(), Duration.ofHours(8), clock);
        assertFalse(absent.available());
        assertThrows(NotFound.class, () -> absent.signIn("admin"));
        assertThrows(NotFound.class, absent::users);
    }

    @Test
    void jurorsComeFromThreeCountries() {
        assertEquals(3, DemoUsers.ALL.stream().filter(u -> u.role().equals("jury")).map(u -> u.claims().get("country"))
                .distinct().count());
    }
}

package org.urbaninnovation.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.gateway.web.session.Session;
import org.urbaninnovation.gateway.web.session.SessionCodec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class SessionCodecTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private final Session session = new Session("csrf", "token.jwt.sig", "admin", "Award Secretariat", "admin",
            Instant.parse("2030-01-01T00:00:00Z"));

    @Test
    void aSealedSessionOpensWithTheSameSecretOnly() {
        String sealed = new SessionCodec(Optional.of("secret"), json).seal(session);
        assertFalse(sealed.contains("token"), "the token is not readable in the cookie");
        assertEquals(Optional.of(session), new SessionCodec(Optional.of("secret"), json).open(sealed));
        assertEquals(Optional.empty(), new SessionCodec(Optional.of("another"), json).open(sealed));
    }

    @Test
    void anAlteredOrForgedCookieIsNoSession() {
        SessionCodec codec = new SessionCodec(Optional.of("secret"), json);
        String sealed = codec.seal(session);
        char last = sealed.charAt(sealed.length() - 2);
        String altered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);
        assertTrue(codec.open(altered).isEmpty());
        assertTrue(codec.open("not base64 !").isEmpty());
        assertTrue(codec.open("").isEmpty());
    }
}

package org.urbaninnovation.gateway.web.session;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

import org.urbaninnovation.gateway.web.config.WebConfig;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * The session cookie: {@code ui_session}, HttpOnly, SameSite=Lax, Secure whenever the request came
 * over TLS (directly or as a trusted proxy says), path /. It holds the sealed {@link Session}; the
 * token never reaches a URL, a page or the browser's storage.
 */
@ApplicationScoped
public class Sessions {

    public static final String COOKIE = "ui_session";
    /** An anonymous visitor's session (CSRF secret only) lasts a working day. */
    private static final Duration ANONYMOUS = Duration.ofHours(8);

    private final SessionCodec codec;
    private final boolean alwaysSecure;

    public Sessions(WebConfig config, ObjectMapper json) {
        this.codec = new SessionCodec(config.session().secret(), json);
        this.alwaysSecure = config.session().alwaysSecure();
    }

    public Optional<Session> read(HttpServerRequest request) {
        Cookie cookie = request.getCookie(COOKIE);
        return cookie == null ? Optional.empty() : codec.open(cookie.getValue()).filter(s -> s.expiresAt() == null
                || Instant.now().isBefore(s.expiresAt()));
    }

    /** The visitor's session, or a new anonymous one (for a page with a form to post). */
    public Session readOrStart(HttpServerRequest request) {
        return read(request).orElseGet(() -> new Session(SessionCodec.randomToken(), null, null, null, null,
                Instant.now().plus(ANONYMOUS)));
    }

    /** A new session for a signed-in user: a new CSRF secret too, so nothing from before the sign-in carries over. */
    public Session signedIn(String token, String login, String name, String role, Instant expiresAt) {
        return new Session(SessionCodec.randomToken(), token, login, name, role, expiresAt);
    }

    public NewCookie cookie(Session session, HttpServerRequest request) {
        long seconds = Math.max(0, Duration.between(Instant.now(), session.expiresAt()).toSeconds());
        return base(request).value(codec.seal(session)).maxAge((int) Math.min(Integer.MAX_VALUE, seconds)).build();
    }

    public NewCookie cleared(HttpServerRequest request) {
        return base(request).value("").maxAge(0).build();
    }

    /** Whether a posted form carries the session's CSRF secret (compared in constant time). */
    public static boolean csrfMatches(Optional<Session> session, String posted) {
        return posted != null && session.isPresent() && MessageDigest.isEqual(
                session.get().csrf().getBytes(StandardCharsets.UTF_8), posted.getBytes(StandardCharsets.UTF_8));
    }

    private NewCookie.Builder base(HttpServerRequest request) {
        boolean secure = alwaysSecure || request.isSSL() || "https".equals(request.scheme());
        return new NewCookie.Builder(COOKIE).path("/").httpOnly(true).secure(secure).sameSite(NewCookie.SameSite.LAX);
    }
}

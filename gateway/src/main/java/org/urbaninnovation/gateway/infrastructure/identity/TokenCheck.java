package org.urbaninnovation.gateway.infrastructure.identity;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.urbaninnovation.commons.problem.ProblemType;
import org.urbaninnovation.gateway.domain.Caller;
import org.urbaninnovation.gateway.infrastructure.edge.RequestData;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Verifies a bearer token wherever one is sent, before anything is forwarded: RS256 only, the
 * signature against the configured key or the OpenID provider's JWKS (a token naming a key id the
 * set does not have makes the gateway fetch the set again, at most once a minute; a key id still
 * unknown then is refused), the issuer, the expiry. A verified token is remembered until it
 * expires (five minutes at most, so a withdrawn key stops working soon), so a client's next
 * requests cost a map look-up instead of an RSA verification. Anonymous requests go on as they
 * are: the proxy decides where a token is required.
 */
@ApplicationScoped
public class TokenCheck {

    /** After the edge (request id), before the rate limits and the proxy. */
    public static final int ORDER = -1_200;
    private static final long REMEMBERED_AT_MOST_NANOS = TimeUnit.MINUTES.toNanos(5);
    private static final Logger LOG = Logger.getLogger(TokenCheck.class);

    private record Verified(Caller caller, long expiresAtSeconds) {
    }

    private final JWTParser parser;
    private final Vertx vertx;
    private final Cache<String, Verified> verified = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfter(new Expiry<String, Verified>() {
                @Override
                public long expireAfterCreate(String token, Verified v, long now) {
                    long untilExpiry = TimeUnit.SECONDS.toNanos(v.expiresAtSeconds() - System.currentTimeMillis() / 1000);
                    return Math.max(0, Math.min(untilExpiry, REMEMBERED_AT_MOST_NANOS));
                }

                @Override
                public long expireAfterUpdate(String token, Verified v, long now, long current) {
                    return current;
                }

                @Override
                public long expireAfterRead(String token, Verified v, long now, long current) {
                    return current;
                }
            }).build();

    public TokenCheck(JWTParser parser, Vertx vertx) {
        this.parser = parser;
        this.vertx = vertx;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization == null) {
            ctx.next();
            return;
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.length() < 8) {
            refuse(ctx);
            return;
        }
        String token = authorization.substring(7).trim();
        Verified known = verified.getIfPresent(token);
        if (known != null) {
            RequestData.caller(ctx, known.caller());
            ctx.next();
            return;
        }
        // Verification may have to fetch the provider's key set: never on the event loop.
        ctx.request().pause();
        vertx.<Verified>executeBlocking(() -> verify(token), false).onComplete(result -> {
            if (result.succeeded()) {
                verified.put(token, result.result());
                RequestData.caller(ctx, result.result().caller());
                ctx.next();
            } else {
                LOG.debugf("Refused a token: %s", result.cause().getMessage());
                refuse(ctx);
            }
        });
    }

    private Verified verify(String token) throws ParseException {
        JsonWebToken jwt = parser.parse(token);
        return new Verified(new Caller(jwt.getSubject(), jwt.getGroups()), jwt.getExpirationTime());
    }

    private static void refuse(RoutingContext ctx) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        RequestData.problem(ctx, ProblemType.UNAUTHORIZED, "A valid bearer token is required: send 'Authorization: Bearer <JWT>'.");
    }
}

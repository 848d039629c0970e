package org.urbaninnovation.gateway.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.urbaninnovation.gateway.domain.DemoUser;
import org.urbaninnovation.gateway.domain.DevSignIn;
import org.urbaninnovation.gateway.domain.IssuedToken;
import org.urbaninnovation.gateway.web.config.WebConfig;
import org.urbaninnovation.gateway.web.session.Session;
import org.urbaninnovation.gateway.web.session.Sessions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.AuthorizationCodeFlow;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Signing in and out. Locally the page lists the development issuer's demo users (no password;
 * the list and its form exist only where the issuer does, never in production); on Kubernetes it
 * sends the visitor through Keycloak's authorization-code flow. Either way the token ends up in
 * the sealed session cookie, and every form post carries the session's CSRF secret.
 */
@Path("/")
@Produces(Html.TYPE)
public class SignInPages {

    private static final List<String> PAGE_ROLES = List.of("admin", "jury", "city");

    private final DevSignIn devSignIn;
    private final Sessions sessions;
    private final Html html;
    private final Messages msg;
    private final WebConfig config;
    private final ObjectMapper json;
    private final Template signIn;

    public SignInPages(DevSignIn devSignIn, Sessions sessions, Html html, Messages msg, WebConfig config, ObjectMapper json,
            @Location("web/sign-in.html") Template signIn) {
        this.devSignIn = devSignIn;
        this.sessions = sessions;
        this.html = html;
        this.msg = msg;
        this.config = config;
        this.json = json;
        this.signIn = signIn;
    }

    @GET
    @Path("sign-in")
    @Operation(hidden = true)
    public Response page(@QueryParam("next") String next, @Context HttpServerRequest request) {
        return page(next, request, null, 200);
    }

    private Response page(String next, HttpServerRequest request, String problem, int status) {
        Session session = sessions.readOrStart(request);
        List<DemoUser> users = devSignIn.available() ? devSignIn.users().stream().filter(u -> PAGE_ROLES.contains(u.role())).toList()
                : List.of();
        var page = signIn.data("users", users).data("oidc", config.oidc()).data("next", safeNext(next))
                .data("nextEncoded", safeNext(next) == null ? null : QueryLinks.encode(safeNext(next)))
                .data("problem", problem).data("needed", next != null && problem == null);
        return Response.fromResponse(html.page(page, Optional.of(session), "", status)).cookie(sessions.cookie(session, request))
                .build();
    }

    @POST
    @Path("sign-in/dev")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response devSignIn(@FormParam("user") String user, @FormParam("next") String next, @FormParam("_csrf") String csrf,
            @Context HttpServerRequest request) {
        if (!devSignIn.available()) {
            return html.notFound(sessions.read(request));
        }
        if (!Sessions.csrfMatches(sessions.read(request), csrf)) {
            return page(next, request, msg.csrf_refused(), 403);
        }
        IssuedToken token = devSignIn.signIn(user);
        Session session = sessions.signedIn(token.token(), token.user().login(), token.user().name(), token.user().role(),
                token.expiresAt());
        return Response.fromResponse(html.redirect(landing(next, session))).cookie(sessions.cookie(session, request)).build();
    }

    /** Keycloak's authorization-code flow (PKCE): quarkus-oidc redirects to the provider and back here, signed in. */
    @GET
    @Path("sign-in/oidc")
    @Authenticated
    @AuthorizationCodeFlow
    @Operation(hidden = true)
    public Response oidcSignIn(@QueryParam("next") String next, @Context SecurityIdentity identity, @Context HttpServerRequest request) {
        AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
        if (access == null) {
            return html.forbidden(Optional.empty());
        }
        String role = PAGE_ROLES.stream().filter(identity.getRoles()::contains).findFirst().orElse("");
        String name = identity.getPrincipal().getName();
        Session session = sessions.signedIn(access.getToken(), name, name, role, expiry(access.getToken()));
        return Response.fromResponse(html.redirect(landing(next, session))).cookie(sessions.cookie(session, request)).build();
    }

    /**
     * A visitor not yet signed in at {@code /sign-in/oidc} gets the code flow's challenge (a redirect
     * to the provider, with its state cookie), as Quarkus would send it: the platform's problem
     * mapper would otherwise answer the unauthenticated request with a 401 problem. Local to this class.
     */
    @ServerExceptionMapper
    public Uni<Response> toTheProvider(UnauthorizedException e, RoutingContext context) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(Response.status(401).build());
        }
        return authenticator.getChallenge(context).map(challenge -> {
            Response.ResponseBuilder answer = Response.status(challenge.status);
            challenge.getHeaders().forEach((name, value) -> answer.header(name.toString(), value));
            return answer.build();
        });
    }

    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signOut(@FormParam("_csrf") String csrf, @Context HttpServerRequest request) {
        if (!Sessions.csrfMatches(sessions.read(request), csrf)) {
            return page(null, request, msg.csrf_refused(), 403);
        }
        // The provider's session cookies (quarkus-oidc's q_session*) go too: signing in again asks the provider.
        NewCookie[] cleared = java.util.stream.Stream.concat(java.util.stream.Stream.of(sessions.cleared(request)),
                request.cookies().stream().filter(c -> c.getName().startsWith("q_session"))
                        .map(c -> new NewCookie.Builder(c.getName()).path("/").value("").maxAge(0).httpOnly(true).build()))
                .toArray(NewCookie[]::new);
        return Response.fromResponse(html.redirect("/")).cookie(cleared).build();
    }

    /** Where a signed-in user goes: back where they were sent from, else their role's desk. */
    private static String landing(String next, Session session) {
        String safe = safeNext(next);
        if (safe != null) {
            return safe;
        }
        return switch (session.role() == null ? "" : session.role()) {
            case "city" -> "/workspace";
            case "jury" -> "/jury";
            case "admin" -> "/secretariat";
            default -> "/";
        };
    }

    /** Only a path of this site: never another origin ("//evil.example", "https://..."), so the sign-in is no open redirect. */
    static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : null;
    }

    /** The access token's own expiry (it was just received from the provider over TLS, so it is read, not verified again). */
    private Instant expiry(String token) {
        try {
            String[] parts = token.split("\\.");
            JsonNode claims = json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return Instant.ofEpochSecond(claims.path("exp").asLong());
        } catch (Exception e) {
            return Instant.now().plusSeconds(300);
        }
    }
}

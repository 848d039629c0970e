package org.urbaninnovation.gateway.web;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.urbaninnovation.gateway.web.api.ApiAnswer;
import org.urbaninnovation.gateway.web.session.Session;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * How every page answers: HTML in UTF-8 that no shared cache keeps (it names who is signed in),
 * the error pages (404, 403, 503...) with their status, and the way to the sign-in page for an
 * anonymous visitor (a 303 that remembers where they wanted to go, never a 404).
 */
@ApplicationScoped
public class Html {

    public static final String TYPE = "text/html;charset=UTF-8";

    private final Template error;
    private final Messages msg;

    public Html(@Location("web/error.html") Template error, Messages msg) {
        this.error = error;
        this.msg = msg;
    }

    public Response page(TemplateInstance page, Optional<Session> session, String nav) {
        return page(page, session, nav, 200);
    }

    public Response page(TemplateInstance page, Optional<Session> session, String nav, int status) {
        String html = page.data("session", session.orElse(null)).data("nav", nav).render();
        return Response.status(status).type(TYPE).entity(html)
                .header(HttpHeaders.CACHE_CONTROL, session.map(s -> "no-store").orElse("private, no-cache"))
                .header(HttpHeaders.VARY, "Cookie").build();
    }

    /** The same page with the session cookie (re)written: a new anonymous session, or one that signed in. */
    public Response page(TemplateInstance page, Session session, NewCookie cookie, String nav) {
        return Response.fromResponse(page(page, Optional.of(session), nav)).cookie(cookie).build();
    }

    public Response signInFirst(String next) {
        return Response.seeOther(URI.create("/sign-in?next=" + QueryLinks.encode(next))).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** Nothing, when the visitor is signed in with {@code role}; else the way to sign in (anonymous) or a 403 page. */
    public Optional<Response> unlessSignedInAs(Optional<Session> session, String role, String path) {
        if (session.isEmpty() || !session.get().signedIn()) {
            return Optional.of(signInFirst(path));
        }
        return session.get().hasRole(role) ? Optional.empty() : Optional.of(forbidden(session));
    }

    public Response redirect(String to) {
        return Response.seeOther(URI.create(to)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    public Response notFound(Optional<Session> session) {
        return failure(session, 404, msg.error_not_found(), msg.error_not_found_detail());
    }

    public Response forbidden(Optional<Session> session) {
        return failure(session, 403, msg.error_forbidden(), msg.error_forbidden_detail());
    }

    /** A refusal of the API that the page does not handle itself, as a page of the same status. */
    public Response refused(Optional<Session> session, ApiAnswer answer, String path) {
        return switch (answer.status()) {
            case 401 -> signInFirst(path);
            case 403 -> forbidden(session);
            case 404 -> notFound(session);
            case 503, 504 -> failure(session, answer.status(), msg.error_unavailable(), answer.detail());
            default -> failure(session, answer.status() >= 400 ? answer.status() : 502, msg.error_other(), answer.detail());
        };
    }

    private Response failure(Optional<Session> session, int status, String title, String detail) {
        return page(error.data("title", title).data("detail", detail), session, "", status);
    }
}

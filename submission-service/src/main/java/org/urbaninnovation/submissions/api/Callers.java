package org.urbaninnovation.submissions.api;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.urbaninnovation.submissions.domain.common.Caller;
import org.urbaninnovation.submissions.domain.common.Role;

import io.quarkus.security.ForbiddenException;

/** The caller as the domain knows them, read from the verified token. */
@RequestScoped
public class Callers {

    private final JsonWebToken token;

    public Callers(JsonWebToken token) {
        this.token = token;
    }

    public Caller current() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        token.getGroups().forEach(group -> Role.of(group).ifPresent(roles::add));
        return new Caller(token.getSubject(), roles, cityOf(token.<Object>getClaim("city")));
    }

    /** A city user, who must name their city: without it they can act for none. */
    public Caller city() {
        Caller caller = current();
        if (caller.cityId() == null) {
            throw new ForbiddenException("Your token names no city (claim city); a city account names the catalogue id of its city.");
        }
        return caller;
    }

    public String subject() {
        return token.getSubject();
    }

    private static UUID cityOf(Object claim) {
        if (claim == null) {
            return null;
        }
        String text = claim.toString().replace("\"", "");
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package org.urbaninnovation.gateway.api;

import java.util.Map;

import org.urbaninnovation.gateway.domain.DemoUser;

/** A demo user one can sign in as on a local platform. */
public record DemoUserView(String login, String name, String role, Map<String, String> claims) {

    static DemoUserView of(DemoUser user) {
        return new DemoUserView(user.login(), user.name(), user.role(), user.claims());
    }
}

package org.urbaninnovation.gateway.domain;

import java.util.Map;

/** A seeded demo user of the development issuer: login, display name, role and the claims that role carries. */
public record DemoUser(String login, String name, String role, Map<String, String> claims) {
}

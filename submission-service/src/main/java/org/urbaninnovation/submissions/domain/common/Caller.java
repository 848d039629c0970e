package org.urbaninnovation.submissions.domain.common;

import java.util.Set;
import java.util.UUID;

/**
 * Who is asking, as the token says: its subject (a juror is known by it), its roles, and for a
 * city user the catalogue id of the city it represents.
 */
public record Caller(String subject, Set<Role> roles, UUID cityId) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean isJuror() {
        return roles.contains(Role.JURY);
    }

    /** Whether the caller speaks for this city. */
    public boolean represents(UUID city) {
        return roles.contains(Role.CITY) && cityId != null && cityId.equals(city);
    }
}

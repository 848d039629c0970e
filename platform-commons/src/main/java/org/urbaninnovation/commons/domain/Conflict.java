package org.urbaninnovation.commons.domain;

import java.util.List;

/**
 * The request is well formed but clashes with the current state: a duplicate identity, an entity
 * in the wrong state, a phase change whose checks are unmet (each check a violation).
 */
public final class Conflict extends DomainException {

    public Conflict(String detail) {
        super(detail, List.of());
    }

    public Conflict(String detail, List<Violation> violations) {
        super(detail, violations);
    }
}

package org.urbaninnovation.commons.domain;

import java.util.List;

/** The caller changed a version it read, and the entity has changed since: its change would overwrite another's. */
public final class StaleVersion extends DomainException {

    private final String current;

    public StaleVersion(String what, String current) {
        super(what + " has changed since you read it; read it again and reapply your change.", List.of());
        this.current = current;
    }

    /** The current version, for the answer to name. */
    public String current() {
        return current;
    }
}

package org.urbaninnovation.commons.domain;

import java.util.List;

/** Values the domain cannot accept, each named by the field the client sent. */
public final class InvalidInput extends DomainException {

    public InvalidInput(List<Violation> violations) {
        super(describe(violations), violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one violation");
        }
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new Violation(field, message)));
    }

    /** Throws when any violation was collected: for checks that gather every problem before refusing. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }
}

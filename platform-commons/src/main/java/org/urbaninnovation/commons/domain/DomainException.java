package org.urbaninnovation.commons.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule of the domain refused what was asked. Domain code throws the subclass that says why;
 * the API layer turns each kind into its HTTP answer in one place, so rules never speak HTTP and
 * can be tested with plain JUnit.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, Conflict, StaleVersion, RuleViolated, InvalidInput {

    private final List<Violation> violations;

    protected DomainException(String detail, List<Violation> violations) {
        // No stack trace: these are answers, not failures, and some are thrown on every bad request.
        super(detail, null, false, false);
        this.violations = List.copyOf(violations);
    }

    /** The fields or checks that failed, each with its message; empty when the detail says it all. */
    public List<Violation> violations() {
        return violations;
    }

    /** "field message; field message": a detail that names every violation. */
    protected static String describe(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
    }
}

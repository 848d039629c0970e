package org.urbaninnovation.commons.domain;

import java.util.List;

/**
 * The content is understood and valid field by field, but a rule over it is not met (an incomplete
 * submission, a section over its word limit): each gap is a violation.
 */
public final class RuleViolated extends DomainException {

    public RuleViolated(String summary, List<Violation> violations) {
        super(violations.isEmpty() ? summary : summary + ": " + describe(violations), violations);
    }
}

package org.urbaninnovation.commons.problem;

import org.urbaninnovation.commons.domain.Violation;
import java.util.List;

/** Thrown by domain and API code to answer with a specific problem; the mapper renders it. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Violation> violations;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Violation> violations) {
        super(detail, null, false, false);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new Violation(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<Violation> violations() {
        return violations;
    }
}

package org.urbaninnovation.commons.problem;

import org.urbaninnovation.commons.domain.Violation;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document. Every 4xx and 5xx of the platform carries one, so clients parse
 * one error shape whatever went wrong.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, List.of());
    }

    public static Problem of(ProblemType type, String detail, String instance, List<Violation> violations) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, violations);
    }
}

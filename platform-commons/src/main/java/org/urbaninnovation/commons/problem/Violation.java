package org.urbaninnovation.commons.problem;

/** One offending field of a rejected request: the field as the client named it, and what is wrong. */
public record Violation(String field, String message) {
}

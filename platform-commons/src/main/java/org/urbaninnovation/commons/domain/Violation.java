package org.urbaninnovation.commons.domain;

/** One offending field of a refused request or rule: the field as the client named it, and what is wrong. */
public record Violation(String field, String message) {
}

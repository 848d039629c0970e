package org.urbaninnovation.submissions.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.urbaninnovation.commons.problem.ProblemException;

/**
 * Query parameters arrive as bounded text (so that a wrong value is a 400 naming its parameter,
 * not a framework's anonymous conversion error) and become values here.
 */
final class Params {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final String UUID_MESSAGE = "must be a UUID";
    static final String BOOLEAN_PATTERN = "true|false";

    private Params() {
    }

    static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }

    static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an ISO 8601 instant such as 2027-01-01T00:00:00Z");
        }
    }
}

package org.urbaninnovation.metrics.infrastructure;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.urbaninnovation.commons.outbox.EventEnvelope;
import org.urbaninnovation.metrics.domain.Award;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The award's events translated into this service's words ({@link Award}): the only place that
 * knows the submission service's envelope and the fields of its {@code initiative.awarded}
 * payload. What identifies the award and places the initiative is required, so an event that lacks
 * it is unreadable as a whole and never half-applied; a claim's parts may each be missing (the
 * domain records what a claim has), and fields the producer leaves out when null are missing.
 */
final class SubmissionEventReader {

    static final String AWARDED = "initiative.awarded";

    private SubmissionEventReader() {
    }

    /** Why an event cannot be read. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** The award the event announces; empty for the feed's other events (submissions, decisions), which concern no one here. */
    static Optional<Award> award(EventEnvelope event) {
        if (!AWARDED.equals(event.type())) {
            return Optional.empty();
        }
        JsonNode p = event.payload();
        if (p == null || !p.isObject()) {
            throw new Unreadable("no payload object");
        }
        JsonNode initiative = object(p, "initiative");
        JsonNode city = object(p, "city");
        return Optional.of(new Award(id(p, "initiativeId"), id(p, "submissionId"), text(object(p, "cycle"), "code"),
                text(p, "outcome"), text(initiative, "title"), id(city, "id"), text(city, "name"), text(city, "country"),
                city.hasNonNull("population") && city.get("population").canConvertToLong() ? city.get("population").asLong() : null,
                elements(initiative.get("themes")).map(JsonNode::asText).toList(),
                elements(initiative.get("sdgs")).filter(JsonNode::canConvertToInt).map(JsonNode::asInt).toList(),
                elements(p.get("outcomeClaims")).filter(JsonNode::isObject).map(SubmissionEventReader::claim).toList()));
    }

    private static Award.Claim claim(JsonNode c) {
        return new Award.Claim(optionalText(c, "indicator"), optionalText(c, "unit"), optionalText(c, "direction"),
                figure(c.get("baseline")), figure(c.get("result")), optionalText(c, "evidence"));
    }

    private static Award.Figure figure(JsonNode f) {
        if (f == null || !f.isObject()) {
            return null;
        }
        BigDecimal value = f.hasNonNull("value") && f.get("value").isNumber() ? f.get("value").decimalValue() : null;
        return new Award.Figure(value, optionalText(f, "qualifier"), optionalText(f, "period"));
    }

    private static JsonNode object(JsonNode p, String field) {
        JsonNode value = p.get(field);
        if (value == null || !value.isObject()) {
            throw new Unreadable("missing '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode p, String field) {
        String value = optionalText(p, field);
        if (value == null || value.isBlank()) {
            throw new Unreadable("missing or empty '" + field + "'");
        }
        return value;
    }

    private static String optionalText(JsonNode p, String field) {
        JsonNode value = p.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static UUID id(JsonNode p, String field) {
        try {
            return UUID.fromString(text(p, field));
        } catch (IllegalArgumentException e) {
            throw new Unreadable("'" + field + "' is not a UUID");
        }
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        return array == null || !array.isArray() ? Stream.empty() : StreamSupport.stream(array.spliterator(), false);
    }
}

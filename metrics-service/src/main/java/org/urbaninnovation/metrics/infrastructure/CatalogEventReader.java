package org.urbaninnovation.metrics.infrastructure;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.urbaninnovation.commons.outbox.EventEnvelope;
import org.urbaninnovation.metrics.domain.CatalogEvent;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The catalogue's events translated into this service's own ({@link CatalogEvent}): the only place
 * that knows the catalogue's envelope and the fields of its JSON payloads. Every field an event
 * needs is read before the projection sees it, so an event that lacks one is {@link
 * CatalogEvent.Unreadable} as a whole and never half-applied.
 */
final class CatalogEventReader {

    private CatalogEventReader() {
    }

    static List<CatalogEvent> read(List<EventEnvelope> page) {
        return page.stream().map(CatalogEventReader::read).toList();
    }

    static CatalogEvent read(EventEnvelope event) {
        JsonNode p = event.payload();
        try {
            if (p == null || !p.isObject()) {
                throw new Malformed("no payload object");
            }
            return switch (String.valueOf(event.aggregateType())) {
                case "city" -> new CatalogEvent.CityChanged(event.seq(), id(p, "id"), version(p), text(p, "slug"),
                        text(p, "name"), text(p, "country"), population(p));
                case "initiative" -> new CatalogEvent.InitiativeChanged(event.seq(), id(p, "id"), version(p), text(p, "slug"),
                        text(p, "title"), id(p, "cityId"), text(p, "citySlug"), text(p, "cityName"), text(p, "country"),
                        p.path("cycle").asText(null), elements(p.get("themes")).map(JsonNode::asText).toList(),
                        elements(p.get("sdgs")).map(JsonNode::asInt).toList(), text(p, "status"));
                default -> throw new Malformed("unknown aggregate type " + event.aggregateType());
            };
        } catch (Malformed e) {
            return new CatalogEvent.Unreadable(event.seq(), event.type(), e.getMessage());
        }
    }

    /** Why an event cannot be read; caught within this class. */
    private static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private static String text(JsonNode p, String field) {
        JsonNode value = p.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new Malformed("missing or empty '" + field + "'");
        }
        return value.asText();
    }

    private static UUID id(JsonNode p, String field) {
        try {
            return UUID.fromString(text(p, field));
        } catch (IllegalArgumentException e) {
            throw new Malformed("'" + field + "' is not a UUID");
        }
    }

    /** A city's population when the catalogue knows it. */
    private static Long population(JsonNode p) {
        return p.hasNonNull("population") && p.get("population").canConvertToLong() ? p.get("population").asLong() : null;
    }

    private static long version(JsonNode p) {
        JsonNode value = p.get("version");
        if (value == null || !value.canConvertToLong()) {
            throw new Malformed("missing 'version'");
        }
        return value.asLong();
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        return array == null || !array.isArray() ? Stream.empty()
                : StreamSupport.stream(array.spliterator(), false);
    }
}

package org.urbaninnovation.catalog.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.urbaninnovation.catalog.domain.Award;
import org.urbaninnovation.catalog.domain.CityDraft;
import org.urbaninnovation.catalog.domain.InitiativeDraft;
import org.urbaninnovation.catalog.domain.Partner;
import org.urbaninnovation.commons.outbox.EventEnvelope;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The award's events translated into the catalogue's words ({@link Award}): the only place that
 * knows the submission service's envelope and its {@code initiative.awarded} payload (the
 * initiative in the names of the catalogue's {@code InitiativeRequest}, the city in those of its
 * {@code CityRequest}). What identifies the award and the initiative, and what a city needs, is
 * required, so an event that lacks it is unreadable as a whole and never half-applied; the
 * producer leaves null fields out, which read as missing.
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

    /** The award the event announces; empty for the feed's other events (submissions, decisions). */
    static Optional<Award> award(EventEnvelope event) {
        if (!AWARDED.equals(event.type())) {
            return Optional.empty();
        }
        JsonNode p = event.payload();
        if (p == null || !p.isObject()) {
            throw new Unreadable("no payload object");
        }
        JsonNode cycle = object(p, "cycle");
        JsonNode initiative = object(p, "initiative");
        JsonNode city = object(p, "city");
        UUID cityId = id(city, "id");
        Award.AwardedCycle awardedCycle = new Award.AwardedCycle(text(cycle, "code"), text(cycle, "name"),
                cycle.path("number").asInt());
        InitiativeDraft draft = new InitiativeDraft(id(p, "initiativeId"), null, text(initiative, "title"), null, cityId,
                awardedCycle.code(), optionalText(initiative, "summary"), sections(initiative.get("sections")),
                optionalText(initiative, "innovationType"), texts(initiative.get("themes")), texts(initiative.get("tags")),
                elements(initiative.get("sdgs")).filter(JsonNode::canConvertToInt).map(JsonNode::asInt).toList(),
                elements(initiative.get("partners")).filter(n -> optionalText(n, "name") != null)
                        .map(n -> new Partner(optionalText(n, "name"), optionalText(n, "role"))).toList(),
                null);
        CityDraft cityDraft = new CityDraft(cityId, null, text(city, "name"), text(city, "country"),
                city.hasNonNull("population") && city.get("population").canConvertToLong() ? city.get("population").asLong() : null,
                null, decimal(city, "areaKm2"), null, decimal(city, "densityPerKm2"), null, decimal(city, "gdpPerCapitaUsd"),
                null, optionalText(city, "growthRate"), optionalText(city, "mainSourcesOfProsperity"), List.of());
        return Optional.of(new Award(id(p, "submissionId"), text(p, "outcome"), instant(p, "publishedAt"), awardedCycle,
                draft, cityDraft));
    }

    private static Map<String, String> sections(JsonNode sections) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (sections != null && sections.isObject()) {
            sections.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual() && !e.getValue().asText().isBlank()) {
                    texts.put(e.getKey(), e.getValue().asText());
                }
            });
        }
        return texts;
    }

    private static List<String> texts(JsonNode array) {
        return elements(array).filter(JsonNode::isTextual).map(JsonNode::asText).toList();
    }

    private static BigDecimal decimal(JsonNode p, String field) {
        JsonNode value = p.get(field);
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }

    private static Instant instant(JsonNode p, String field) {
        String text = optionalText(p, field);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new Unreadable("'" + field + "' is not an instant");
        }
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

package org.urbaninnovation.metrics.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What an ingest row must be before the domain sees it: JSON numbers, declared bounds, plain text. Plain JUnit. */
class ObservationRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static String row(String value, String period, String note) {
        return """
                {"initiativeId": "11111111-0000-4000-8000-000000000001", "indicator": "jobs_mobilized", "phase": "result",
                 "period": %s, "value": %s, "unit": "jobs", "note": %s}""".formatted(period, value, note);
    }

    private static Map<String, String> violations(String json) throws JsonProcessingException {
        Map<String, String> found = new TreeMap<>();
        for (ConstraintViolation<ObservationRequest> v : validator.validate(JSON.readValue(json, ObservationRequest.class))) {
            found.put(v.getPropertyPath().toString(), v.getMessage());
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = { "NaN", "Infinity", "-Infinity", "+Infinity" })
    void notANumberAndInfinityAreNotJsonNumbers(String value) {
        assertThrows(JsonProcessingException.class,
                () -> JSON.readValue(row(value, "\"2038\"", "null"), ObservationRequest.class));
    }

    @Test
    void figuresBeyondFifteenDigitsAreRefusedByTheirDeclaredBounds() throws JsonProcessingException {
        assertEquals(Map.of("value", "must have at most 15 digits before the decimal point"),
                violations(row("1e309", "\"2038\"", "null")));
        assertEquals(Map.of("value", "must have at most 15 digits before the decimal point"),
                violations(row("-1234567890123456", "\"2038\"", "null")));
        assertEquals(Map.of(), violations(row("999999999999999.999999", "\"2038\"", "null")));
    }

    @Test
    void markupInFreeTextIsRefused() throws JsonProcessingException {
        assertEquals(Map.of("note", "must be plain text without markup such as <tags>"),
                violations(row("1", "\"2038\"", "\"<script>alert(1)</script>\"")));
        assertEquals(Map.of(), violations(row("1", "\"2038\"", "\"3 < 4 and 5 > 4\"")));
    }

    @Test
    void aPeriodHasTheShapeOfAYearQuarterMonthOrDayAndTheDomainJudgesTheCalendar() throws JsonProcessingException {
        assertEquals(Map.of("period", "must be an ISO 8601 period (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD)"),
                violations(row("1", "\"2023/01\"", "null")));
        assertEquals(Map.of("period", "must be an ISO 8601 period (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD)"),
                violations(row("1", "\"2023-Q5\"", "null")));
        for (String period : List.of("\"2023\"", "\"2023-Q4\"", "\"2023-12\"", "\"2023-13\"", "\"2024-02-29\"", "null")) {
            assertEquals(Map.of(), violations(row("1", period, "null")), period);
        }
    }

    @Test
    void theDocumentedExampleIsAValidBatch() throws JsonProcessingException {
        List<ObservationRequest> batch = JSON.readValue(ObservationResource.EXAMPLE, new TypeReference<>() {
        });
        assertEquals(1, batch.size());
        assertEquals(Set.of(), validator.validate(batch.get(0)));
        assertEquals("walking_bus_routes", batch.get(0).toDraft().indicator());
        assertEquals("Six walking bus routes by 2027.", batch.get(0).toDraft().source().quote());
    }
}

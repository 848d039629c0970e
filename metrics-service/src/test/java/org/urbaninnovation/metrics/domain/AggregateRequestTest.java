package org.urbaninnovation.metrics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.commons.domain.InvalidInput;
import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.metrics.domain.AggregateRequest.Dimension;
import org.urbaninnovation.metrics.domain.AggregateRequest.Function;

class AggregateRequestTest {

    private static List<Violation> refusal(String groupBy, String fn, String per) {
        return assertThrows(InvalidInput.class, () -> AggregateRequest.parse(groupBy, fn, per)).violations();
    }

    @Test
    void countIsTheDefaultAndNamesAreCaseInsensitive() {
        AggregateRequest request = AggregateRequest.parse("City, YEAR", null, "");
        assertEquals(List.of(Dimension.CITY, Dimension.YEAR), request.groupBy());
        assertEquals(List.of(Function.COUNT), request.functions());
        assertEquals(null, request.per());
    }

    @Test
    void aCityIsKeyedByNameAndIdAndAnInitiativeById() {
        assertEquals(List.of("city", "cityId"), Dimension.CITY.keyFields());
        assertEquals(List.of("initiativeId"), Dimension.INITIATIVE.keyFields());
        assertEquals(List.of("theme"), Dimension.THEME.keyFields());
    }

    @Test
    void unknownRepeatedOrTooManyDimensionsAreRefused() {
        assertEquals(List.of(new Violation("groupBy",
                "'planet' is not one of indicator, initiative, city, country, theme, sdg, year, phase")),
                refusal("planet", null, null));
        assertEquals(List.of(new Violation("groupBy", "names 'city' twice")), refusal("city,city", null, null));
        assertEquals(List.of(new Violation("groupBy", "at most 3 values")), refusal("city,country,theme,sdg", null, null));
    }

    @Test
    void perDividesOnlyCountsAndSums() {
        assertEquals(List.of(new Violation("fn", "with per, only count and sum: a group's total is divided by the population"
                + " of the cities it covers")), refusal(null, "median,sum", "capita"));
        assertEquals(List.of(new Violation("per", "must be capita or 1000people")), refusal(null, "sum", "household"));
        assertEquals(1000, AggregateRequest.parse(null, "sum", "1000people").per().people);
    }
}

package org.urbaninnovation.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.MultivaluedHashMap;

class SubmissionFormTest {

    private final ObjectMapper json = new ObjectMapper();
    private final SubmissionForm form = new SubmissionForm(json);

    @Test
    void theClaimsStepIsTheWholeArrayWithoutRemovedAndBlankClaims() {
        var posted = new MultivaluedHashMap<String, String>();
        posted.putSingle("_claims", "3");
        posted.putSingle("outcomeClaims[0].indicator", "Bee-eaters");
        posted.putSingle("outcomeClaims[0].baseline.value", "26");
        posted.putSingle("outcomeClaims[0].baseline.period", "2018");
        posted.putSingle("outcomeClaims[0].result.value", "80");
        posted.putSingle("outcomeClaims[0].result.qualifier", "more_than");
        posted.putSingle("outcomeClaims[1].indicator", "Removed");
        posted.putSingle("outcomeClaims[1].remove", "yes");
        assertEquals("{\"outcomeClaims\":[{\"indicator\":\"Bee-eaters\",\"baseline\":{\"value\":26,\"period\":\"2018\"},"
                + "\"result\":{\"value\":80,\"qualifier\":\"more_than\"}}]}", form.patch("claims", posted).toString());
    }

    @Test
    void blankFieldsAreRemovedAndANonNumberIsLeftForTheApiToName() {
        var posted = new MultivaluedHashMap<String, String>();
        posted.putSingle("city.name", "Haikou");
        posted.putSingle("city.population", "many");
        var city = form.patch("city", posted).get("city");
        assertEquals("Haikou", city.get("name").asText());
        assertEquals("many", city.get("population").asText());
        assertEquals(true, city.get("areaKm2").isNull());
    }
}

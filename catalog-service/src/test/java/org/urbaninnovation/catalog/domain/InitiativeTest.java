package org.urbaninnovation.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.commons.domain.Conflict;

class InitiativeTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-01T10:00:00Z");

    private static City city(long version) {
        City city = new City();
        city.id = UUID.randomUUID();
        city.slug = "haikou";
        city.version = version;
        return city;
    }

    @Test
    void theVersionAClientReadsCoversTheInitiativeAndItsCity() {
        Initiative initiative = new Initiative();
        initiative.city = city(2);
        initiative.version = 3;
        assertEquals("3.2", initiative.currentVersion());
        initiative.city.version = 4;
        assertEquals("3.4", initiative.currentVersion(), "renaming the city changes what the initiative shows");
    }

    @Test
    void themesAndSdgsAreKeptOnceEachAndSdgsInOrder() {
        Initiative initiative = new Initiative();
        initiative.apply(new InitiativeDraft(null, null, "Title", null, null, null, null, null, null,
                List.of("governance", "environmental", "governance"), List.of("b", "a", "b"), List.of(15, 11, 15, 6),
                null, null), city(0), "haikou-title");
        assertArrayEquals(new String[] { "governance", "environmental" }, initiative.themes);
        assertArrayEquals(new Integer[] { 6, 11, 15 }, initiative.sdgs);
        assertArrayEquals(new String[] { "b", "a", "b" }, initiative.tags, "tags as written");
    }

    @Test
    void whatADraftLeavesOutIsEmptyNotNull() {
        Initiative initiative = new Initiative();
        initiative.apply(new InitiativeDraft(null, null, "Title", null, null, null, null, null, null, null, null, null,
                null, null), city(0), "haikou-title");
        assertEquals(Map.of(), initiative.sections);
        assertEquals(0, initiative.themes.length);
        assertEquals(0, initiative.sdgs.length);
        assertEquals(List.of(), initiative.partners);
    }

    @Test
    void aWithdrawnInitiativeCannotBeWithdrawnAgain() {
        Initiative initiative = new Initiative();
        initiative.withdraw(NOW);
        assertEquals(Initiative.WITHDRAWN, initiative.status);
        assertEquals(NOW, initiative.updatedAt);
        Conflict again = assertThrows(Conflict.class, () -> initiative.withdraw(NOW.plusDays(1)));
        assertEquals("The initiative is already withdrawn.", again.getMessage());
        assertEquals(NOW, initiative.updatedAt);
    }
}

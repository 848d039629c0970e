package org.urbaninnovation.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A city's version covers the published initiatives its representation lists. */
class CityTest {

    private static City city(long version) {
        City city = new City();
        city.version = version;
        return city;
    }

    @Test
    void theVersionIsTheCitysAndItsPublishedInitiativesCountAndVersionSum() {
        assertEquals("4.2-7", city(4).currentVersion(new PublishedVersions(2, 7)));
        assertEquals("0.0-0", city(0).currentVersion(new PublishedVersions(0, 0)));
    }

    @Test
    void publishingEditingOrWithdrawingAnInitiativeChangesTheCitysVersion() {
        City city = city(1);
        String before = city.currentVersion(new PublishedVersions(2, 5));
        assertNotEquals(before, city.currentVersion(new PublishedVersions(3, 5)), "one more published (version 0)");
        assertNotEquals(before, city.currentVersion(new PublishedVersions(2, 6)), "one edited");
        assertNotEquals(before, city.currentVersion(new PublishedVersions(1, 2)), "one withdrawn");
    }
}

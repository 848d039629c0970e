package org.urbaninnovation.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = new RouteTable(List.of(
            new Route("/api/v1/initiatives", "catalog", true),
            new Route("/api/v1/cities", "catalog", true),
            new Route("/api/v1/cycles", "submissions", false),
            new Route("/api/v1/cycles/archive", "archive", false)));

    private String service(String path) {
        return table.route(path).map(Route::service).orElse("none");
    }

    @Test
    void aPrefixServesItselfAndWhatIsBelowIt() {
        assertEquals("catalog", service("/api/v1/initiatives"));
        assertEquals("catalog", service("/api/v1/initiatives/"));
        assertEquals("catalog", service("/api/v1/initiatives/haikou/similar"));
    }

    @Test
    void aPrefixMatchesWholeSegmentsOnly() {
        assertEquals("none", service("/api/v1/initiativesXYZ"));
        assertEquals("none", service("/api/v1"));
    }

    @Test
    void theLongestPrefixWins() {
        assertEquals("archive", service("/api/v1/cycles/archive/2024"));
        assertEquals("submissions", service("/api/v1/cycles/archived"));
    }

    @Test
    void internalFeedsAndServiceEndpointsAreNeverRouted() {
        assertEquals("none", service("/internal/v1/events"));
        assertEquals("none", service("/q/health"));
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(List.of(new Route("/internal/v1", "catalog", false))));
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(List.of(new Route("/q", "catalog", false))));
    }

    @Test
    void theProfileIsTheGatewaysOwnAnswerUnderTheCataloguesPrefix() {
        assertEquals(Optional.empty(), table.route("/api/v1/initiatives/haikou/profile"));
        assertEquals("catalog", service("/api/v1/initiatives/haikou/profile/extra"));
    }

    @Test
    void aPrefixRoutedTwiceIsAConfigurationError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RouteTable(List.of(
                new Route("/api/v1/themes", "catalog", true), new Route("/api/v1/themes", "metrics", true))));
        assertTrue(e.getMessage().contains("catalog") && e.getMessage().contains("metrics"), e.getMessage());
    }

    @Test
    void publicReadsAreGetAndHeadOfPublicServicesOnly() {
        Route catalog = table.route("/api/v1/cities").orElseThrow();
        Route submissions = table.route("/api/v1/cycles").orElseThrow();
        assertEquals(false, catalog.needsToken("GET"));
        assertEquals(false, catalog.needsToken("HEAD"));
        assertEquals(true, catalog.needsToken("POST"));
        assertEquals(true, catalog.needsToken("DELETE"));
        assertEquals(true, submissions.needsToken("GET"));
    }

    @Test
    void theMergedDocumentListsAServicesPathsOnlyWhereTheGatewayRoutesThemToIt() {
        assertEquals(true, table.exposes("catalog", "/api/v1/initiatives/{idOrSlug}"));
        assertEquals(false, table.exposes("submissions", "/api/v1/initiatives"));
        assertEquals(false, table.exposes("catalog", "/internal/v1/events"));
    }
}

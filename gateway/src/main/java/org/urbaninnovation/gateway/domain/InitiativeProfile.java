package org.urbaninnovation.gateway.domain;

import java.util.List;

/**
 * An initiative with its city, its outcomes and observations, and similar initiatives, each as
 * its owning service represents it; {@code missing} names the parts that could not be had.
 */
public record InitiativeProfile(Object initiative, Object city, Object outcomes, Object observations, Object similar,
        List<String> missing) {

    public static final List<String> PARTS = List.of("initiative", "city", "outcomes", "observations", "similar");

    public boolean complete() {
        return missing.isEmpty();
    }
}

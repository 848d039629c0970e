package org.urbaninnovation.commons.domain;

import java.util.Set;

/**
 * The version an update was based on, as the client named it ({@code If-Match} at the API). The
 * domain compares it with the entity's current version, an opaque text that changes whenever the
 * entity's representation does.
 */
public record ExpectedVersion(Set<String> versions, boolean any) {

    public static final ExpectedVersion ANY = new ExpectedVersion(Set.of(), true);

    public ExpectedVersion {
        versions = Set.copyOf(versions);
    }

    public static ExpectedVersion of(String version) {
        return new ExpectedVersion(Set.of(version), false);
    }

    public boolean matches(String current) {
        return any || versions.contains(current);
    }

    /** Throws {@link StaleVersion} unless the current version is the one expected. */
    public void require(String what, String current) {
        if (!matches(current)) {
            throw new StaleVersion(what, current);
        }
    }
}

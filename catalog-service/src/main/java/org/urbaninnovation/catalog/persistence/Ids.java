package org.urbaninnovation.catalog.persistence;

import java.util.UUID;

/** Paths accept an id or a slug: anything that is not a well-formed UUID is a slug. */
final class Ids {

    private Ids() {
    }

    static UUID parse(String text) {
        if (text == null || text.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

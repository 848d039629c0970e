package org.urbaninnovation.catalog.api;

import org.urbaninnovation.commons.domain.ExpectedVersion;
import org.urbaninnovation.commons.http.Preconditions;

/**
 * The version an update or a withdrawal was based on, from its {@code If-Match}. A request for
 * something that does not exist is a 404 whatever its headers, so without If-Match the target's
 * existence is established first ({@code requireTarget} throws when it is absent); then the 428.
 */
final class IfMatch {

    private IfMatch() {
    }

    static ExpectedVersion expected(String ifMatch, Runnable requireTarget) {
        if (ifMatch == null || ifMatch.isBlank()) {
            requireTarget.run();
        }
        return Preconditions.expectedVersion(ifMatch);
    }
}

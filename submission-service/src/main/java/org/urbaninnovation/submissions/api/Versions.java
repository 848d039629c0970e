package org.urbaninnovation.submissions.api;

import org.urbaninnovation.commons.domain.ExpectedVersion;
import org.urbaninnovation.commons.http.Preconditions;

/** If-Match as the domain's expected version. */
final class Versions {

    private Versions() {
    }

    /** Updates of a representation need the version read: 428 without If-Match. */
    static ExpectedVersion required(String ifMatch) {
        return Preconditions.expectedVersion(ifMatch);
    }

    /** Actions (submit, file, publish) apply to the current version unless the client names one. */
    static ExpectedVersion optional(String ifMatch) {
        return ifMatch == null ? ExpectedVersion.ANY : Preconditions.expectedVersion(ifMatch);
    }
}

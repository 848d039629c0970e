package org.urbaninnovation.catalog.domain;

import java.util.UUID;

/**
 * Where an initiative comes from: the lines of its source document, or the award submission it
 * was published from ({@code submissionId}; its cycle is the initiative's).
 */
public record Provenance(String document, Integer firstLine, Integer lastLine, UUID submissionId) {

    /** An initiative published from an award's submission. */
    public static Provenance ofSubmission(UUID submissionId) {
        return new Provenance(null, null, null, submissionId);
    }
}

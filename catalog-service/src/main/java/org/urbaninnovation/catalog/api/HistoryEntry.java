package org.urbaninnovation.catalog.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.urbaninnovation.catalog.domain.Revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One version of an initiative in its history: who made it, when, and the whole content it had. */
public record HistoryEntry(long version, String status, @Schema(nullable = true) String changedBy,
        OffsetDateTime changedAt,
        @Schema(description = "The initiative's content at this version, as it was recorded") JsonNode snapshot) {

    static HistoryEntry of(Revision revision, ObjectMapper mapper) {
        try {
            return new HistoryEntry(revision.version(), revision.status(), revision.changedBy(), revision.changedAt(),
                    mapper.readTree(revision.snapshot()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.urbaninnovation.submissions.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.urbaninnovation.commons.http.Columns;
import org.urbaninnovation.submissions.domain.audit.AuditRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One change in the audit trail; before and after hold only what changed. In CSV they are JSON text. */
public record AuditView(long id, Instant at, String actor, String action, String entityType, String entityId,
        UUID cycleId, JsonNode before, JsonNode after) {

    static AuditView of(AuditRecord r, ObjectMapper mapper) {
        return new AuditView(r.id(), r.at(), r.actor(), r.action(), r.entityType(), r.entityId(), r.cycleId(),
                json(mapper, r.beforeJson()), json(mapper, r.afterJson()));
    }

    private static JsonNode json(ObjectMapper mapper, String text) {
        try {
            return text == null ? null : mapper.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final Columns<AuditView> COLUMNS = new Columns<>(
            List.of("id", "at", "actor", "action", "entityType", "entityId", "cycleId", "before", "after"),
            a -> java.util.Arrays.asList(a.id, a.at, a.actor, a.action, a.entityType, a.entityId, a.cycleId,
                    a.before == null ? null : a.before.toString(), a.after == null ? null : a.after.toString()));
}

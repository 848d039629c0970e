package org.urbaninnovation.commons.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** One event of a service's feed, in the envelope every consumer reads. */
public record EventEnvelope(long seq, UUID id, String type, String aggregateType, String aggregateId,
        OffsetDateTime occurredAt, int schemaVersion, JsonNode payload) {
}

package org.urbaninnovation.catalog.domain;

import java.time.OffsetDateTime;

/**
 * One kept version of an initiative. {@code snapshot} is its content as JSON, exactly as it was
 * recorded: a version kept before a field existed does not have it.
 */
public record Revision(long version, String status, String snapshot, String changedBy, OffsetDateTime changedAt) {
}

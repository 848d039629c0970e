package org.urbaninnovation.metrics.domain;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** The initiatives this service knows from the catalogue's events. */
public interface KnownInitiatives {

    /** Those of {@code ids} that the catalogue projection holds. */
    Set<UUID> among(Collection<UUID> ids);
}

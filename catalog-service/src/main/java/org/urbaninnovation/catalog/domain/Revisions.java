package org.urbaninnovation.catalog.domain;

import java.util.List;
import java.util.UUID;

/** Every version of every initiative, kept when it is published, edited or withdrawn. */
public interface Revisions {

    /** Keeps this version (once: recording the same version again changes nothing). */
    void record(InitiativeSnapshot snapshot, String changedBy);

    /** The versions of one initiative, oldest first. */
    List<Revision> of(UUID initiativeId);
}

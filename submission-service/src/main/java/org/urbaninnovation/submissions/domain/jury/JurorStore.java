package org.urbaninnovation.submissions.domain.jury;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.urbaninnovation.submissions.domain.common.PageRequest;
import org.urbaninnovation.submissions.domain.common.Slice;

public interface JurorStore {

    Optional<Juror> byId(UUID id);

    boolean subjectTaken(UUID cycleId, String subject);

    void add(Juror juror);

    List<Juror> ofCycle(UUID cycleId);

    Slice<Juror> page(UUID cycleId, PageRequest page);
}

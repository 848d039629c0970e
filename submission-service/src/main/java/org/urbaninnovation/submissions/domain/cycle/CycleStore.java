package org.urbaninnovation.submissions.domain.cycle;

import java.util.Optional;
import java.util.UUID;

import org.urbaninnovation.submissions.domain.common.PageRequest;
import org.urbaninnovation.submissions.domain.common.Slice;

/** The cycles, and the locks that keep a phase change apart from the work it depends on. */
public interface CycleStore {

    Optional<Cycle> byId(UUID id);

    /**
     * The cycle, locked until the transaction ends against any other writer: for phase changes and
     * for the assignments of its jurors, which must not interleave.
     */
    Optional<Cycle> lock(UUID id);

    /**
     * The cycle, locked against a phase change until the transaction ends, while other work of the
     * same phase (several jurors filing, several cities submitting) goes on side by side.
     */
    Optional<Cycle> share(UUID id);

    boolean numberTaken(int number, UUID except);

    void add(Cycle cycle);

    Slice<Cycle> page(PageRequest page);

    /** Where the cycle's entries stand, for the checks of a phase change. */
    CycleProgress progress(Cycle cycle);
}
